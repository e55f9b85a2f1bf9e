# Language-neutral tokens: emoji, emergency numbers, international words. Format: docs/LEXICON.md.
LAUGHTER (😂|🤣|😆|😹|😝|😜|🙈 😂|😅 😂|💀 😂|💀💀|xd|xdd|xddd|haha|hahah|kk|kkk|kkkk|rsrs|rsrsrs|wkwk|wkwkwk|jaja|jeje|hihi|hehe|555|5555|ahah|ahaha|lol|lool|mdr|ptdr)
HELP! (sos|s o s|mayday|112|911|999|ambulance|ambulanz|ambulancia|ambulancia|ambulanza)
HELP 🚑
DANGER (🔫|🔪) (🔫|🔪|😱|😭|help|hilfe|hulp|aide|ayuda)
# an emergency number that is the number of a locker, room, line or item: 'packstation 112'
BENIGN (packstation|paketstation|postfiliale|filiale|paketshop|schliessfach|locker|pickup point|point relais|pakketpunt|pakketautomaat|casillero|taquilla|zimmer|room|kamer|chambre|habitacion|apartment|flat|wohnung|haus|huis|hausnummer|nummer|number|numero|nr|no|raum|bus|linie|line|route|gate|seat|platz|sitz|kanal|channel|artikel|article|item|art|porsche|flight|flug|vlucht|vol|vuelo|order|bestellung|bestelling|commande|pedido|house number|huisnummer) (112|911|999|000|110|15|17|18|061|091)
# 'help!' about an order, a size or an account is a support request ('help! wrong size', 'hilfe! falsche farbe')
BENIGN (help|hilfe|hulp|aide|ayuda|sos) ... (size|colour|color|order|package|parcel|delivery|invoice|password|account|app|refund|farbe|grosse|größe|bestellung|paket|lieferung|rechnung|passwort|konto|maat|kleur|bestelling|pakket|levering|factuur|wachtwoord|taille|couleur|commande|colis|livraison|facture|talla|pedido|paquete|entrega|factura|contrasena|contraseña|cuenta)
# burnt food
BENIGN (pizza|food|meal|toast|bread|cake|burger|fries|essen|brot|kuchen|pommes|eten|maaltijd|brood|repas|plat|pain|gateau|gâteau|comida|pan|tarta|hamburguesa) ... (burnt|burned|verbrannt|angebrannt|verbrand|aangebrand|brule|brulee|brûlé|brûlée|quemada|quemado)
# alarm devices
BENIGN (carbon monoxide|co|smoke|gas|burglar|fire|rauch|kohlenmonoxid|co2|einbruch|koolmonoxide|rook|inbraak|monoxyde de carbone|fumee|fumée|gaz|monoxido de carbono|monóxido de carbono|humo|robo) (alarm|alarms|detector|detectors|sensor|alarm system|melder|warnmelder|alarmanlage|alarmsysteem|detecteur|détecteur|alarme|detector|alarma|sensor)
# an ambulance emoji in a comparison: the parcel "looks like it was in an accident 🚑"
BENIGN (looks like|look like|as if|like it was|sieht aus wie|aus wie|als ob|wie nach|parece que|parece q|como si|on dirait|comme si|alsof|lijkt wel|net alsof) ... 🚑
# the SOS button as a plea; a knife with blood
HELP! (🆘|🆘 🆘|🆘 🆘 🆘)
SELF_HARM (🔪 🩸|🩸 🔪|🔪 🩸 🩸|🔪 🔪 🩸)
# a bot that "is killing me": the bot is the subject of the idiom
OBJECT (this|the|your|ce|le|votre|ton|dieser|der|euer|ihr|deze|de|jullie|este|el|vuestro|su) (bot|chatbot|robot|assistant|asistente|assistent)
# pills and alcohol, alone as a message
HOPELESS! (💊 🍷|🍷 💊|💊 🥃|🥃 💊|💊 🍺|🍺 💊|💊 💊 🍷|💊 🍷 🍷)
