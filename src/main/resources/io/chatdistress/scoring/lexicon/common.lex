# Language-neutral tokens: emoji, emergency numbers, international words. Format: docs/LEXICON.md.
LAUGHTER (😂|🤣|😆|😹|😝|😜|🙈 😂|😅 😂|💀 😂|💀💀|xd|xdd|xddd|haha|hahah|kk|kkk|kkkk|rsrs|rsrsrs|wkwk|wkwkwk|jaja|jeje|hihi|hehe|555|5555|ahah|ahaha|lol|lool|mdr|ptdr)
HELP! (sos|s o s|mayday|112|911|999|ambulance|ambulanz|ambulancia|ambulancia|ambulanza)
HELP 🚑
DANGER (🔫|🔪) (🔫|🔪|😱|😭|help|hilfe|hulp|aide|ayuda)
