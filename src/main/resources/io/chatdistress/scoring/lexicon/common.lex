# Language-neutral tokens: emoji, emergency numbers, international words. Format: docs/LEXICON.md.
LAUGHTER (😂|🤣|😆|😹|😝|😜|🙈 😂|😅 😂|💀 😂|💀💀|xd|xdd|xddd|haha|hahah|kk|kkk|kkkk|rsrs|rsrsrs|wkwk|wkwkwk|jaja|jeje|hihi|hehe|555|5555|ahah|ahaha|lol|lool|mdr|ptdr)
HELP! (sos|s o s|mayday|112|911|999|ambulance|ambulanz|ambulancia|ambulancia|ambulanza)
HELP 🚑
DANGER (🔫|🔪) (🔫|🔪|😱|😭|help|hilfe|hulp|aide|ayuda)
# an emergency number that is the number of a locker, room, line or item: 'packstation 112'
BENIGN (packstation|paketstation|postfiliale|filiale|paketshop|schliessfach|locker|pickup point|point relais|pakketpunt|pakketautomaat|casillero|taquilla|zimmer|room|kamer|chambre|habitacion|apartment|flat|wohnung|haus|huis|hausnummer|nummer|number|numero|nr|no|raum|bus|linie|line|route|gate|seat|platz|sitz|kanal|channel|artikel|article|item|art) (112|911|999|000|110|15|17|18|061|091)
