# English distress lexicon. Format: docs/LEXICON.md.
# Patterns are folded like chat text (lower case, no accents, apostrophes joined: don't -> dont).

@define CANT (cant|can t|cannot|can not|cnt|cn t|canot|cannt|cna t|cant even|couldnt|could not)
@define DONT (dont|don t|do not|dnt|didnt|did not|doesnt|does not)
@define IM (im|i m|i am|am|iam|ive been|i ve been|i feel|feeling|i m feeling|im feeling|i am feeling|feel)
@define VERY (very|really|so|super|extremely|incredibly|soo|rly|realy|pretty|kinda|a bit|a little|quite|)
@define MY (my|mine|the|me|ma|mt)
@define LIMB (arm|arms|leg|legs|hand|hands|face|left side|right side|side|body|fingers|foot|feet)
@define PERSON (my|our|his|her|me) (husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|mother|mom|mum|mommy|mama|father|dad|daddy|papa|son|daughter|child|kid|baby|brother|sister|grandma|grandmother|granny|nan|nana|grandpa|grandfather|granddad|friend|neighbour|neighbor|roommate|flatmate|uncle|aunt|auntie|fiance|fiancee|grandson|granddaughter|toddler|parents|mother in law|father in law|colleague|coworker)
@define SUBJ ({PERSON}|he|she|someone|somebody|a man|a woman|a guy|this guy|this man|my ex|they|mum|mom|mommy|mummy|dad|daddy|grandma|grandpa|nana)

# ---------------------------------------------------------------- MEDICAL
MEDICAL (chest|chst|chets|heart) (pain|pains|hurts|hurting|is hurting|really hurts|ache|aches|tight|tightness|pressure|feels tight|feels heavy|is tight|is burning|burns|is killing me)
MEDICAL pain in (my|the|me|) (chest|heart|left arm|jaw)
MEDICAL (pain|pressure|tightness|crushing|squeezing) ... (chest|left arm)
MEDICAL (i have|i got|ive got|i ve got|having|have|got|hav|hve) (a |)(chest pain|chest pains|pain in my chest)
MEDICAL~ {CANT} (breathe|breath|breth|breathing|breahte|breat|get air|get any air|get my breath|catch my breath|get enough air)
MEDICAL (its|it s|it is|its so|it s so|so|very|really) hard to (breathe|breath|breth)
MEDICAL (hard|difficult|difficulty|trouble|struggling|struggle|problems|problem) (to breathe|breathing|to breath|to get air)
MEDICAL (shortness|short) of breath
MEDICAL (no|not getting|not enough) air
MEDICAL (i m|im|i am|he s|she s|hes|shes|he is|she is) (choking|suffocating)
MEDICAL throat (is |)(closing|closing up|swelling|swollen|tight)
MEDICAL (allergic reaction|anaphyla*)
MEDICAL (used|using|use|need|needed|injected|jabbed|gave (him|her|me)) (my |his |her |the |an |)(epipen|epi pen)
MEDICAL (heart attack|hart attack|heartattack|cardiac arrest|heart failure)
MEDICAL (having|have|had|getting) a (heart attack|stroke|seizure|fit|panic attack)
MEDICAL heart (is |)(racing|pounding|beating so fast|skipping|going crazy)
MEDICAL~ heart (is |has |)(stopped|stopping)
MEDICAL heart (is |s |)(beating|pounding|racing|going) (weird|weirdly|strange|strangely|funny|irregular|irregularly|all over the place|like crazy)
MEDICAL (chest|heart) (feels |is |)(like|as if) ... (sitting on|crushing|squeezing|elephant|weight|vice|tight band)
MEDICAL (everything|it|its|it s|all|my vision|vision|the room) (is |s |)(going|went|turning|turned|gone|goes) (black|dark|grey|gray)
MEDICAL {CANT} (move|feel|lift|use) (my|me|the|one|any) (left|right) {LIMB}
MEDICAL =stroke
MEDICAL (face|mouth|smile) (is |)(drooping|droopy|numb|crooked|hanging|lopsided)
MEDICAL (face|mouth|smile) (feels |feel |is feeling |)(droopy|drooping|droop|saggy|lopsided|crooked)
MEDICAL (my |)(hand|arm|face|leg|side|left side|right side|fingers) (has |have |is |s |)(gone|went|goes|is going|feels|feel) (all |really |)(funny|funy|weird|wierd|strange|numb|dead|floppy|limp|heavy)
MEDICAL one side of my (face|body|mouth) (is |)(numb|drooping|wont move|weird|heavy|dead)
MEDICAL {CANT} (move|feel|lift|use) (my|me|the|one|any) {LIMB}
MEDICAL (my|me|one) {LIMB} (is |are |went |feels |)(a bit |bit |a little |kinda |so |really |all |)(numb|paralyzed|paralysed|dead|wont move|won t move|not moving|tingling|heavy and numb)
MEDICAL numb (arm|arms|leg|legs|face|hand|left|right|side)
MEDICAL (numbness|tingling) in (my|me|the) (arm|face|leg|left|right|side)
MEDICAL {CANT} (speak|talk|say words|get words out|talk properly|speak properly|form words)
MEDICAL (words|speech|talking|my speech) (are |is |)(slurred|slurring|coming out wrong|not coming out|jumbled)
MEDICAL (words|wrds|the words|my words) (wont|won t|dont|don t|cant|can t|arent|are not|will not) (come|com|coming|get) out
MEDICAL {CANT} (find|fnd|get) (the |my |)(words|wrds|right words)
MEDICAL slurr*
MEDICAL {CANT} (see|read) (properly|clearly|straight|anything|well|right)
MEDICAL (my |)(vision|eyesight|sight) (is |went |going |)(blurry|blurred|going|gone|black|dark|weird|double)
MEDICAL (seeing double|double vision|everything went black|everything is black|going blind|i m blind|everything is blurry)
MEDICAL {CANT} (type|write|text) (properly|right|straight|anymore|normally|well)
MEDICAL (my |)(hands|fingers) (wont|won t|dont|don t) (work|obey|move)
MEDICAL (seizure|seizures|siezure|seisure|convulsing|convulsions|convulsion|epileptic fit|epileptic attack|fitting)
MEDICAL (i m|im|i am|he s|she s|he is|she is|it s|its) (bleeding|bleading|bleedin) (a lot|heavily|badly|so much|everywhere|out|bad|really bad|lots|and it wont stop|)
MEDICAL bleeding (a lot|heavily|badly|so much|everywhere|bad|wont stop|won t stop|doesnt stop|doesn t stop|will not stop)
MEDICAL (lot|lots|so much|loads) of blood
MEDICAL blood (everywhere|all over|wont stop|is everywhere)
MEDICAL {CANT} stop (the |)bleeding
MEDICAL (coughing|throwing|vomiting|puking|spitting|peeing|pissing) (up |)blood
MEDICAL (passed out|passing out|blacked out|blacking out|lost consciousness|losing consciousness|unconscious)
MEDICAL (going to|gonna|about to|might|think i ll|think i will|think im going to|think i m going to) (pass out|black out|collapse|faint)
MEDICAL (i |)(almost|nearly|just) (fainted|passed out|blacked out|collapsed)
MEDICAL (collapsed|colapsed|collapsing)
MEDICAL (overdose|overdosed|od d|took too many pills|took too much)
MEDICAL (swallowed|drank|drunk|ate) (bleach|poison|pills|a battery|batteries|chemicals|cleaning stuff|rat poison)
MEDICAL poisoned
MEDICAL (my |)(blood sugar|sugar|sugar level|sugar levels|glucose|bs) (is |are |)(very |really |so |too |dangerously |)(low|high|crashing|dropping)
MEDICAL (having|have|i m having|im having) a (hypo|hypoglycemia|diabetic attack|diabetic emergency|asthma attack|allergic reaction)
MEDICAL asthma attack
MEDICAL (severe|unbearable|excruciating|terrible|horrible|extreme|crushing) (pain|chest pain|headache|stomach pain)
MEDICAL worst (headache|pain) (of my life|ever|i ve ever had)
MEDICAL sudden (severe |)(headache|pain|numbness)
MEDICAL~ (i think i m|i think im|i think i am|im|i m|i am) (dying|gonna die|going to die)
MEDICAL~ (i feel like|i feel as if|i feel as though|feels like|it feels like|feel like) (i m|im|i am|i) (dying|gonna die|going to die|about to die)
MEDICAL (my |)water (broke|has broken|just broke)
MEDICAL (im|i m|i am) (in labor|in labour|having contractions|going into labor|going into labour)
UNWELL (broke|broken|fractured|broken my|broke my) (my |)(leg|hip|arm|ankle|wrist|neck|back|ribs)
MEDICAL hit my head
MEDICAL (head injury|concussion)
MEDICAL (burned|burnt|scalded) (myself|my) (badly|bad|)
MEDICAL (stabbed|been stabbed|got stabbed|been shot|got shot|i m shot|im shot)
MEDICAL (i think|) (im|i m|i am) having a (heart attack|stroke)
MEDICAL {SUBJ} (is |)(not breathing|isnt breathing|isn t breathing|stopped breathing|unconscious|not responding|unresponsive|not moving|wont wake up|won t wake up|doesnt wake up|doesn t wake up|cant wake|turned blue|is turning blue|is blue|collapsed|fainted|passed out|is having a seizure|had a seizure|is choking|is bleeding|is convulsing|has no pulse|isn t responding|isnt responding|stopped moving)
MEDICAL {CANT} wake (him|her|them|my|up my) (up|)
MEDICAL (no|cant find a|can t find a|cant feel a) pulse
MEDICAL (my |)(lips|face|fingers|skin) (are |is |)(turning |going |gone |)(blue|purple|grey|gray)

# ---------------------------------------------------------------- UNWELL
UNWELL {DONT} (feel|feeel|fee|fel|feal|fell) (well|good|right|ok|okay|too good|so good|great|too well|so well|normal|myself)
UNWELL (not|nt|no|not really) (feeling|felling|feelin|feling|feel) (well|good|great|right|ok|okay|too good|so good|so well|too well|normal)
UNWELL (i m|im|i am|iam|ive been|i ve been) {VERY} (sick|ill|unwell|faint|dizzy|dizy|lightheaded|light headed|woozy|nauseous|nauseated|queasy|shaky|weak|clammy|sweaty|feverish)
UNWELL (i feel|feel|feeling|i m feeling|im feeling|i am feeling|i fee|i feal|felling|i fel) {VERY} (sick|ill|unwell|faint|dizzy|dizy|lightheaded|light headed|woozy|nauseous|nauseated|queasy|weird|strange|funny|shaky|weak|off|terrible|awful|horrible|rough|clammy|sweaty|feverish|numb|bad|sickx|sck|siick|wierd|werid)
UNWELL {IM} {VERY} (bad|strange|weird|terrible|awful|horrible|off|sick) (all of a sudden|suddenly)
UNWELL (suddenly|all of a sudden) {IM} {VERY} (bad|sick|ill|strange|weird|terrible|awful|horrible|off|faint|dizzy|weak)
UNWELL (dizzy|dizzyness|dizziness|lightheaded|vertigo|nausea|nauseous|woozy|faintness)
UNWELL (i |)(feel|feeling|getting|get) (faint|dizzy|sick|lightheaded)
UNWELL (going to|gonna|about to|might|think i m going to|think im going to|think i ll|i will|i m going to|im going to|i m gonna|im gonna) (faint|throw up|be sick|puke|vomit)
UNWELL (everything|the room|room|my head|the world|the whole room|everything s|everythings|every thing) (is |s |)(spinning|spining|spinnin|spins|turning|moving|swaying|going round|going around)
UNWELL (vomiting|vomitting|throwing up|threw up|puking|puked|been sick all)
UNWELL (terrible|bad|splitting|awful|pounding|massive) (headache|migraine|stomach ache|stomachache|tummy ache)
UNWELL (i have|i ve got|ive got|got|have|running|i got) (a |)(high |)(fever|temperature|temp)
UNWELL (fever|feverish|chills)
UNWELL {IM} (not ok|not okay|not alright|not all right|not fine|not well|not good|not doing well|not doing good)
UNWELL (im|i m|i am) (shaking|trembling|sweating|shivering|burning up|freezing|seeing things|seeing spots)
UNWELL {CANT} stop (shaking|trembling|shivering|throwing up|vomiting|being sick|coughing)
UNWELL (something|smth|sth|somethings|something s) (is |)(very |really |seriously |)(wrong|not right) with me
UNWELL (i feel|feel|feeling|i m feeling|im feeling|i am feeling) {VERY} {VERY} (sick|ill|unwell|faint|dizzy|awful|terrible|horrible|weak|bad)
UNWELL (cold sweat|cold sweats|seeing spots|spots in front of my eyes)
UNWELL something (is |s |)(wrong|not right|off) with me
UNWELL (dont|don t|do not) know what s happening (to me|)
UNWELL (dont|don t|do not) know whats happening (to me|)
UNWELL my (head|stomach|belly|tummy) (hurts|is killing me|is spinning|is pounding)
UNWELL (i m|im|i am) (sick|ill|unwell)

# ---------------------------------------------------------------- FALL
FALL (i|i ve|ive|i have|i just|just|i ve just|ive just|i had|had|i) (fell|fallen|slipped|tripped|had a fall|taken a fall|took a fall|fell down|fell over|feel down)
FALL (fell|fallen|slipped|tripped) (down|over|off|from|on|in) (the |my |a |some |)(stairs|staircase|steps|ladder|bed|chair|roof|bike|floor|bathroom|shower|bath|tub|ice|kitchen|street)
FALL (fell|fallen|slipped|tripped) and (hit|hurt|cant|can t|cannot|broke|banged)
FALL (fell|fallen) (down|over)
FALL {CANT} (get up|get back up|stand up|stand|get off the floor|get to the phone|reach the phone|move my legs|walk)
FALL (unable to|not able to) (get up|stand|stand up|move)
FALL (i m|im|i am) (on|lying on|stuck on|laying on) the (floor|ground|bathroom floor|kitchen floor)
FALL (lying|laying|stuck) on the (floor|ground)
FALL~! (i |)(cant|can t|cannot) move
FALL {PERSON} (fell|has fallen|had a fall|slipped|tripped|is on the floor|cant get up|can t get up)
FALL (he|she) (fell|has fallen|had a fall|is on the floor|cant get up|can t get up)

# ---------------------------------------------------------------- SELF_HARM
SELF_HARM (suicide|suicid*|sucide|suiside|suicde|sucidal|suicidal)
SELF_HARM (kill|killing|kil|end|ending|hurt|hurting|harm|harming|cut|cutting|hang|hanging|drown|poison|overdose) (myself|my self|meself|me self)
SELF_HARM (kill|killing|end|ending|hurt|hurting|harm) (himself|herself|themselves|themself)
SELF_HARM self (harm|harming|hurt)
SELF_HARM (end|ending|take|taking) (it all|my life|my own life|everything)
SELF_HARM (want to|wanna|going to|gonna|about to|will|i ll|ill) end it
SELF_HARM! (this is goodbye|goodbye forever|farewell forever|this is my goodbye)
SELF_HARM {DONT} (want|wanna|wan t) (to |)(live|be alive|be here|exist|wake up|go on|continue living|live anymore|to live) (anymore|any more|no more|)
SELF_HARM (no|nothing to|no reason to|nothing left to) (reason to live|live for)
SELF_HARM (i |)(want|wanna|wish i could|just want|want to) (to |)(die|be dead|disappear forever|not exist|not wake up)
SELF_HARM (better off|be better off) (dead|without me)
SELF_HARM (everyone|everybody|they|world) (would be|will be|is) better (off |)without me
SELF_HARM (took|taken|swallowed|taking|take|gonna take|going to take) (all|the whole|a whole|all of|the rest of) (my |the |these |of my |of the |)(pills|tablets|meds|medication|bottle|pack|sleeping pills|painkillers)
SELF_HARM (take|swallow) (all|all of) them (tonight|now|right now|at once|all at once|in one go)
SELF_HARM (wont|won t|will not|not gonna|not going to) be (around|here|alive) (after tonight|after today|much longer|for much longer|by tomorrow morning|this time tomorrow)
HOPELESS (this is|its|it s|that s|thats) the (last|final) (one|order|time) (i ll|ill|i will|i m going to|im going to) (ever |)(need|order|make|use)
HOPELESS (given|gave|giving) (away |)(my |the |)(cat|dog|pets|pet|things|stuff|belongings|everything) (away|to my|to a|to the)
HOPELESS (sorted|sorting|put) (everything|all my affairs|my affairs|things) (out|in order)
SELF_HARM (this is|these are|that was|its|it s) my last (message|words|goodbye|day|night)
SELF_HARM (goodbye|bye|farewell) (everyone|forever|world|cruel world|for good|for ever|all)
SELF_HARM (say|saying|said) goodbye to (everyone|everybody|my family|the world|you all)
# Not "i wont be here tomorrow": that is a delivery arrangement.
SELF_HARM (wont|won t|will not) (be alive|see) (tomorrow|much longer|anymore|any more|next week)
SELF_HARM (wont|won t|will not) (be here|be around) (much longer|anymore|any more)
SELF_HARM (jump|jumping) (off|from|in front of) (the |a |this |)(bridge|roof|building|balcony|train|cliff|window)
SELF_HARM (i m|im|i am|going to|gonna) (going to |gonna |)(jump|jumping) (off|now)
SELF_HARM (rope|noose) (is ready|around my neck|ready)
SELF_HARM (wrote|written|writing|left) (a |my |)(suicide|goodbye) (note|letter)
SELF_HARM (slit|slitting|cut|cutting) (my |)(wrists|wrist|veins)
SELF_HARM~ (cant|can t|cannot) (go on|do this|take it|live like this|bear it) (anymore|any more|no more)

# ---------------------------------------------------------------- HOPELESS
HOPELESS nothing (matters|maters|matter|makes sense) (anymore|any more|now|)
HOPELESS (it|its|it s|this|that) (doesnt|doesn t|does not|dont|don t) (matter|mater|maters) (anymore|any more|qnymore|anymor|now|anyways|at all)
HOPELESS (doesnt|doesn t|does not) matter (anymore|any more|anyway)
HOPELESS (whats|what s|what is) the point (anymore|any more|of anything|of living|of it all|of life)
HOPELESS (there s|theres|there is) no point (anymore|any more|in anything|in living|to anything|in life)
HOPELESS (no|nothing) (one|body) (cares|would care|would miss me|will miss me|loves me)
HOPELESS nobody (cares|would care|would miss me|will miss me|loves me)
HOPELESS {IM} {VERY} (tired|done|sick|exhausted) (of|with) (living|life|everything|it all|being alive|this life)
HOPELESS (i m|im|i am) (a burden|such a burden|worthless|useless|hopeless|empty inside|done with life|done with everything)
HOPELESS (feel|feeling|i feel) {VERY} (hopeless|worthless|empty|numb inside|alone|so alone)
HOPELESS (i |)(give up|gave up|giving up) (on everything|on life|on living)
HOPELESS (i |)(wont|won t|dont|don t|will not|do not) need (it|this|that|the package|the parcel|the order|my order|anything|the refund|the money) (anymore|any more|)(anyway|anyways|after all)
HOPELESS (wont|won t|will not) matter (soon|anyway|after tonight|after today)
HOPELESS (i |)(cant|can t|cannot) (cope|go on|carry on|keep going) (anymore|any more|)
HOPELESS (life is|my life is) (pointless|meaningless|over|not worth)
HOPELESS (no|nothing to) (way out|hope|hope left|future)

# ---------------------------------------------------------------- DANGER
@define ABUSER (my |)(husband|hubby|wife|boyfriend|girlfriend|partner|ex|ex husband|ex boyfriend|father|dad|stepdad|step dad|stepfather|mother|mom|son|brother|neighbour|neighbor|roommate|he|she|someone|somebody|a man|this guy|a guy|this man|they|someone here|he s|hes)
DANGER (is|keeps|s|started|hes|he s|she s|shes|are|re|were|was|and) (hitting|beating|hurting|choking|strangling|attacking|threatening|kicking|punching|slapping|raping|hiting|hittin|chasing|following|stalking) (me|us|my kids|my children|my son|my daughter|my mom|my baby)
DANGER {ABUSER} (hit|hits|beat|beats|hurt|hurts|choked|chokes|attacked|attacks|threatened|threatens|kicked|kicks|punched|punches|slapped|slaps|raped|strangled|strangles|stabbed|grabbed) (me|us|my kids|my children|my son|my daughter|my baby)
DANGER (someone|somebody|a man|people|they|he|she|someone s|there s someone|theres someone|there is someone|a guy|men) (is |are |s |)(breaking|broke|trying to get|trying to break|getting|broken|got|just broke) (in|into) (my |the |our |)(house|home|flat|apartment|room|place|car|)
DANGER (he|he s|hes|my husband|my ex|my boyfriend|my partner|my father|my dad|my stepdad) (is |s |)(banging|pounding|hammering|kicking|bashing) (on|at|in) (the|my|our) (door|front door|bedroom door|window)
DANGER (i m|im|i am|i ve|ive) (hiding|locked myself|locked|hidden|barricaded) (in|inside) (the|my|a) (bathroom|bedroom|closet|toilet|room|wardrobe|car|basement)
DANGER (i m|im|i am) in the (bathroom|bedroom|toilet|closet) (door locked|with the door locked|hiding|locked in)
DANGER (he|he s|hes|a man|a guy|someone|somebody|this guy|this man) (is |s |has been |)(following|followed|stalking|chasing) me
DANGER (he|he s|hes|a man|a guy|someone|this guy|this man|my ex|my husband) (is |s |)(grabbing|grabbed|grabs|pulling|holding) (my arm|my hair|my throat|me)
DANGER (he|he s|hes|my husband|my ex|my boyfriend|my partner|my father|my dad|my stepdad) (is |s |)trying to (get in|break in|break the door|kick the door in|get into the house)
DANGER (break in|break-in|breakin|burglar|burglars|burglary|intruder|intruders|home invasion|robbery|being robbed|getting robbed|robbing me|mugged|being mugged)
DANGER (someone|somebody|a man|a stranger|strangers|a guy|there s someone|theres someone|there is someone|someone s) (is |s |)(in|inside|outside|at) (my|the|our) (house|home|flat|apartment|room|window|door|bedroom|garden)
DANGER (he|she|they|someone|somebody|husband|boyfriend|partner|ex|guy|man|dad|father|son|brother|neighbour|neighbor|wife|girlfriend) (has|s got|has got|got|have|is holding|holding|with|pulled|pulled out) (a |an |his |her |)(knife|gun|weapon|pistol|rifle|blade|machete|axe|hammer)
DANGER (knife|gun|weapon) (to my|at my|against my|in his hand)
DANGER (going to|gonna|wants to|want to|trying to|tries to|threatened to|threatens to|threatening to|will|is going to|s going to|said he will|said he would|says he will) (kill|murder|hurt|stab|shoot|rape) (me|us|my kids|my children|my family|my baby)
DANGER (he|she|they|someone) (ll|will|would) kill me
DANGER (house|flat|kitchen|apartment|building|room|home|place|car|bedroom|garage) (is |s |)(on fire|burning|in flames|filled with smoke|full of smoke)
DANGER (there s|theres|there is|i see|i smell|smells like) (a |)(fire|smoke everywhere|smoke)
DANGER fire in (my|the|our) (house|kitchen|flat|building|apartment|room|home|bedroom|garage)
DANGER (gas leak|smell gas|smells of gas|smell of gas|carbon monoxide)
DANGER {IM} {VERY} (scared|afraid|terrified|frightened) (for my life|he will|he ll|he is going to|of him|of her|of my husband|of my partner|of my boyfriend|to go home|someone is)
DANGER (i m|im|i am|i feel|i don t feel|i dont feel) (not safe|unsafe|in danger|being followed|being stalked|being attacked|trapped|being held|locked in|kidnapped|being threatened|hiding)
DANGER (i m|im|i am) hiding (from|in)
DANGER (dont|don t|do not) feel safe
DANGER (domestic violence|domestic abuse|abusive (husband|partner|boyfriend|wife|relationship)|kidnapped|hostage|being held hostage|rape|raped|assaulted|sexually assaulted)
DANGER (he|she|they|someone) (locked|has locked|trapped) me
DANGER (shots|gunshots|shooting|shooter) (outside|fired|here|in the building|at school)
DANGER {SUBJ} ... (with|holding|carrying|pulled) (a |an |his |her |)(knife|gun|weapon|machete|axe|knive|pistol)
DANGER (outside|at|in front of|by) (my|the|our) (door|front door|house|window|flat|apartment|home) (with|holding) (a |an |)(knife|gun|weapon|machete|axe)
DANGER (someone|somebody|a man|a guy|a stranger|some guy|he|they) (is |s |are |)(following|stalking|chasing) (me|us)

# ---------------------------------------------------------------- HELP
HELP! (help|halp|hlp|heelp|hepl|hwlp|hellp|help help|help pls|help plz|help please|please help|pls help|plz help|helpme|help me|hel me|hlp me|help mee|help ne|hwlp me|hepl me|heko me|help m|help urgent|help asap)
HELP (somebody|someone|anyone|anybody|some one|sombody) (help|helps|plz help|please help|pls help|call)
HELP (please|pls|plz|plese|pleas) (help|hlp|helpp) (me|us|)(please|pls|now|quick|quickly|fast|)
HELP (call|ring|send|get|phone|dial|need|i need|we need|need an|call me an) (an |a |the |for an |for a |me an |me a |us an |)(ambulance|ambulence|ambulanse|ambulace|amulance|paramedics|paramedic|police|cops|fire brigade|fire department|firefighters|emergency services|emergency|doctor now|911|999|112|000|help now|help fast|help asap|help urgently|help immediately)
HELP (ambulance|ambulence|police|911|999|112) (please|pls|plz|now|asap|quick|quickly|fast|needed|hurry)
HELP (i need|need|we need) (help|halp) (now|asap|urgently|right now|immediately|fast|quick|quickly)
HELP! (i need|need|we need) (help|halp)
HELP! (its|it s|it is|this is) (an |a |)(emergency|life or death|matter of life and death)
HELP! (sos|s o s|mayday|emergency|911|999|112)
HELP! (hurry|please hurry|hurry please|hurry up please|quick please|come quickly|come quick)
HELP save (me|us)

# ---------------------------------------------------------------- context
CHECK_IN (are|r|re|ar) (you|u|ya) (ok|okay|k|alright|all right|allright|still there|there|safe|hurt|with me|still with me|all good|fine|injured|conscious|awake)
CHECK_IN (are|r) (you|u) still (with us|connected|online|here|in the chat)
CHECK_IN (is |)(everything|every thing|evrything|all) (ok|okay|alright|all right|fine|good) (there|with you|)
CHECK_IN (did|has) (something|anything|smth) happen*
CHECK_IN (hello|hi|hey|helo) (are you there|anyone there|still there|can you hear me)
CHECK_IN! (hello|helo|hellooo|hallo|hi there|hey)
CHECK_IN (anyone|anybody) there
CHECK_IN (can|could) you (hear|read|see) (me|this)
CHECK_IN (do|did) you need (help|medical help|medical assistance|an ambulance|assistance|me to call)
CHECK_IN (should|shall|do you want me to|can i|may i) (i |)(call|send|get) (an |a |the |someone|help|for help)
CHECK_IN (can you|could you|please) (tell|give) me (where you are|your address|your location)
CHECK_IN (are you|you) (still |)(there|here|with me)
CHECK_IN (what|wat) (happened|is happening|s happening|s going on|is going on)
CHECK_IN (please |pls |)(answer|respond|reply) (me|please|if you can|)
UNREADABLE_REPLY (i m|im|i am) (not sure|not quite sure|unsure) (i |)(follow|understand|get it|get what you mean|know what you mean)
UNREADABLE_REPLY (i |)(don t|dont|do not|didn t|didnt|did not|can t|cant|cannot|couldn t|couldnt) (quite |really |fully |)(understand|follow|read|make out|catch) (that|this|what you|your message|your last message|you)
UNREADABLE_REPLY (could|can|would) you (please |)(repeat|rephrase|retype|say) (that|this|it|again)
UNREADABLE_REPLY (sorry |)(what do you mean|come again|say again|pardon)
UNREADABLE_REPLY (your|the|that) (last |)message (is|was) (unclear|hard to read|garbled|not clear)
WELLBEING_CHECK (are|r|re|ar) (you|u|ya) (ok|okay|k|alright|all right|allright|safe|hurt|injured|all good|fine|conscious|awake|well|feeling ok|feeling okay|feeling alright|feeling well)
WELLBEING_CHECK (is |)(everything|every thing|evrything|all) (ok|okay|alright|all right|fine|good)
WELLBEING_CHECK (did|has) (something|anything|smth) happen*
WELLBEING_CHECK (do|did) you need (medical help|medical assistance|an ambulance|a doctor|a paramedic)
WELLBEING_CHECK (should|shall|do you want me to|can i|may i) (i |)(call|send|get) (an ambulance|a doctor|the police|emergency services|someone to you)
INACTIVITY_NOTICE (visitor|customer|user|client|guest|contact|participant|the customer|the visitor) (is |has been |was |)(inactive|idle|away|unresponsive)
INACTIVITY_NOTICE (has not|hasn t|hasnt|did not|didn t|didnt|have not|haven t|has) (responded|respond|replied|reply|answered|answer|sent a message|been active|typed) (for|in|within|since)
INACTIVITY_NOTICE (no|without) (response|reply|answer|activity|messages) (from|received|for|in|within|since)
INACTIVITY_NOTICE (chat|conversation|session) (ended|closed|was closed|has ended|has been closed|timed out|expired|was ended|has been ended|will be closed|will end|will close) (due to|because of|after|for|by) (inactivity|no response|lack of response|the system)
INACTIVITY_NOTICE (due to|because of) inactivity
INACTIVITY_NOTICE (visitor|customer|user|client|guest|the customer|the visitor) (has |)(left|disconnected|closed|ended) (the |this |)(chat|conversation|session|window|)
INACTIVITY_NOTICE (session|chat|connection) (timed out|timeout|expired|lost|disconnected)
INACTIVITY_NOTICE (inactivity|inactive|idle) (timeout|warning|notice|detected)
INACTIVITY_NOTICE (visitor|customer|user|client|guest|contact|participant) ... (inactive|idle|away|unresponsive|not responding)
INACTIVITY_NOTICE (connection|connexion|session) (to|with) (the |)(visitor|customer|user|client|guest) (lost|dropped|closed|ended|interrupted)
EXPLANATION (my |the |our |)(cat|cats|kitten|dog|puppy|kid|kids|child|children|toddler|son|daughter|baby|little one|little boy|little girl|nephew|niece|grandson|granddaughter|parrot|bird) (walked|sat|jumped|stepped|lay|laid|layed|ran|was walking|was sitting|was playing|got|grabbed|took|typed|pressed|played|hit|slapped|stood|climbed|decided|was on|is on|had|got hold of|got a hold of|went) (on|across|over|onto|the|my|a|with|at|)
EXPLANATION (walked|sat|jumped|stepped|laid|lay|fell asleep|landed|leaned|slept|rolled|dropped) on (the |my |a |)(keyboard|keys|laptop|phone|screen|computer|tablet|keypad)
EXPLANATION (grabbed|took|had|got|snatched|stole|got hold of) (my|the) (phone|laptop|keyboard|tablet|mobile|ipad|computer)
EXPLANATION (sorry|sry|soz|oops|oopsie|whoops|my bad|apologies) (about that|for that|wrong (window|chat|keys|button|person|screen|tab)|typo|typos|pocket|butt|accident|fat finger*|the kid|my kid|my cat|my dog|my son|my daughter|cat|dog|kid|kids|baby|toddler)
EXPLANATION (pocket|butt) (dial|dialed|dialled|typed|typing|text|texted|message|messaged)
EXPLANATION (that was|that s|thats|it was|twas) (my |the |our |)(son|daughter|kid|kids|child|baby|toddler|cat|dog|nephew|niece|little one|grandson|granddaughter) (typing|writing|playing|on my phone|on the phone|on the keyboard|messing around)
EXPLANATION (fat finger*|typed by accident|sent by accident|by accident|accidentally|accidently|didnt mean to|didn t mean to|did not mean to|ignore that|ignore the last|ignore my last|ignore previous|ignore this|dropped my phone|wrong window|wrong chat|wrong tab|wrong keyboard|keyboard went crazy|autocorrect|auto correct)
REASSURANCE (i m|im|i am|iam|i m all|im all|all|yes i m|yes im|yeah im|yeah i m|yes|yeah|yep|ya) (fine|ok|okay|alright|all right|allright|good|totally fine|perfectly fine|safe|fine thanks|ok thanks|still here|here)
REASSURANCE (all|everything|every thing|everythings|evrything) (is |s |)(good|fine|ok|okay|alright|all right|well|under control)
REASSURANCE (no worries|no problem|nothing happened|nothing wrong|nothing is wrong|false alarm|dont worry|don t worry|do not worry|all is well|all is good|its fine|it s fine|its ok|it s ok|its okay|it s okay|no need to worry|no need for an ambulance|no ambulance|just kidding|jk|im good|i m good|im okay|we re fine|were fine|we are fine)
REASSURANCE (i |)(feel|feeling) (fine|ok|okay|better|good|alright|great) (now|again|)
LAUGHTER (lol|lool|lolz|lmao|lmfao|rofl|roflmao|lmaoo|xd|haha|hehe|ha ha|he he|pmsl|lolol)

# An agent alerting emergency services now, or having done so. Not an offer ("shall I call an
# ambulance?") and not advice; the police only in the first person singular, so that "we have
# contacted the police about the stolen parcel" stays quiet.
AGENT_ALERT (i m|im|i am|we re|we are) (now |)(=calling|=phoning|=alerting|=notifying|=dispatching|=sending) (an ambulance|the ambulance|emergency services|the emergency services|paramedics|the paramedics|911|112|999|an ambulance to you|help to you)
AGENT_ALERT (i m|im|i am) (now |)(=calling|=alerting|=notifying|=contacting) the police
AGENT_ALERT (i ve|ive|i have|we ve|we have) (=called|=alerted|=notified|=contacted) (an ambulance|the ambulance|emergency services|the emergency services|the paramedics|911|112|999)
AGENT_ALERT (an|the) (ambulance|paramedics) (is|are|s) (on its way|on their way|on the way|coming|en route|being sent|dispatched)
AGENT_ALERT (the |)(police|emergency services) (are|is|s) (on their way|on the way|en route)
AGENT_ALERT (an ambulance|the ambulance|emergency services) (has|have) been (=called|=alerted|=dispatched|=sent)
# An agent pointing the customer to a suicide or crisis line: they read the chat as a crisis
CRISIS_REFERRAL (samaritans|suicide hotline|suicide prevention line|suicide prevention lifeline|crisis line|crisis hotline|crisis text line|suicide and crisis lifeline|116 123)
CRISIS_REFERRAL (call|text|dial|ring) (988|the 988 lifeline)
# an agent telling the customer to call emergency services now, without a condition
URGENT_ADVICE (please |you need to |you must |)(call|ring|dial|phone) (999|911|112|000|an ambulance|emergency services|the emergency services|the police|paramedics) (now|right now|immediately|straight away|right away|asap|at once|this minute)
URGENT_ADVICE (please |)(call|ring|dial) (999|911|112) (or (999|911|112|the police|an ambulance) |)(now|right now|immediately|straight away|right away)
# conditions on advice: 'if you are in danger, call 911 immediately' is a bot's standard line
COND if (you re|youre|you are|you ever|you or|you feel|you think|you smell|you need|you get|there is|theres|there s|anyone|someone|somebody|it gets|things get) (in|ever|unsafe|feeling|worried|threatened|scared|afraid|not|worse|help|gas|smoke|a fire|fire|an emergency|immediate|danger|someone|anyone|else|urgent|medical|any)
COND (in an emergency|in case of|in the event of|for emergencies|for urgent|for an emergency|should you|should anyone|in a life threatening)
# fifth batch of written sessions
SELF_HARM (tablets|pills|meds|sleeping pills|painkillers|pill) (counted out|lined up|all counted|laid out|saved up|stockpiled)
HOPELESS (tying up|tie up|tied up) (loose ends|all the loose ends)
HOPELESS (will have|ll have|has) enough to deal with (without|when i m|when im)
MEDICAL (my |)(lips|lip|tongue|face|throat|mouth) (r|are|is|s|keep|keeps|started) (swelling|swollen|swelling up|puffing up|blowing up|getting bigger)
MEDICAL (hard|cant|can t|difficult) to swallow
# self-harm phrasings from the written distress corpus
SELF_HARM (wont|won t|will not|dont|don t) need (it|this|them|anything|that) (after tonight|after today|after this week)
SELF_HARM (standing|sitting) on (the|a) (bridge|ledge|edge|railing|roof edge)
SELF_HARM (on the|on a) (bridge|roof|rooftop|ledge) (right now|and i m going to jump|and im going to jump|ready to jump|about to jump|to jump)
SELF_HARM (by|on|at|near|next to) the (train tracks|railway tracks|railway|tracks) (waiting|now|right now|for the train)
SELF_HARM (in|inside) the (garage|car) with the engine running
SELF_HARM! (i m|im|i am) (going to|gonna|about to) jump
SELF_HARM (tell|please tell) (my|everyone|all|my family|my kids) ... (i m sorry|im sorry|i loved them|i love them|goodbye|i said goodbye)
SELF_HARM (i ve|ive|i have) (written|left) (letters|notes|a letter|a note|goodbye letters) (to|for) (everyone|my family|my kids|all of you)
SELF_HARM (i ve|ive|i have|i) (already |)(taken|took|swallowed) (the|my|all the|all my) (pills|tablets|meds) (already|now|just now)
SELF_HARM (dont|don t|do not) (try to |)(stop|save|find) me
SELF_HARM last order ... (plan|planned|my plan)
SELF_HARM (saving|saved|stockpiling|collecting|hoarding) (up |)(my |the |)(tablets|pills|meds|sleeping pills|painkillers)
SELF_HARM (gonna|going to|will|wanna|want to|about to|i ll|ill) kms
SELF_HARM (wont|won t|will not) be a (problem|burden) (for|to) (anyone|anybody|you|them|anyone anymore)
SELF_HARM (gave|given|giving) away (all |)(my |)(stuff|things|belongings) ... (over|done|the end)
SELF_HARM (knife|blade|razor) ... (on myself|against myself|to myself)
SELF_HARM (said|say|saying) (bye|goodbye|good bye) to (everyone|everybody|all of them|my family)
SELF_HARM (he|she|my son|my daughter|my husband|my wife|my friend) (says|said|texted|wrote) ... (kill (himself|herself)|end (his|her) life|going to jump)
# danger phrasings from the written distress corpus
DANGER (he ll|hell|he will|he s going to|hes going to|going to|gonna|he ll) (kill|hurt|strangle|stab|shoot) me
DANGER (car|van|someone|a man|a guy|he) (has been|s been|been|is) following me
DANGER (locked us in|locked me in|locking us in|locked us inside)
DANGER (trying|tried) to (get in|open my car door|open the door|break in|get into the house|get into my flat)
DANGER (he s|hes|he is|she s|she is) (hitting|beating|punching|kicking|choking|strangling) (my|me|her|him)
DANGER (he s|hes|he has|he s got|hes got|and he s got|and hes got) (a |an |)(knife|gun|bat|baseball bat|weapon|machete|axe|hammer|pistol)
DANGER (my ex|he) (found|knows|found out) where i live
DANGER (set fire|setting fire|lit a fire) (to|at) (our|my|the) (door|house|flat|car|front door)
DANGER (he |)(tried|tries|try) to (strangle|choke|stab|kill|drown) me
DANGER (one|someone|a guy|a man|one of them) (has|s got|has got|got) a (knife|gun|machete|weapon)
DANGER (he|someone|a man|my ex|my husband) ... (said|says|threatens|threatened) ... (hurt me|kill me|kill us|hurt the kids)
# medical, fall and help phrasings from the written distress corpus
MEDICAL (drank|swallowed|ate|has eaten|has drunk|drunk|eaten|drinking) (some |some of the |the |a |an |my |)(bleach|cleaning product|lamp oil|rat poison|button battery|a button battery|antifreeze|detergent|dishwasher tablet|washing tablet|weed killer)
MEDICAL (too many|too much|way too many|way too much|a whole pack of|a whole box of|the whole box of|all my|all of my) (paracetamol|ibuprofen|painkillers|sleeping pills|insulin|blood pressure tablets|tablets|pills)
MEDICAL (lips and tongue|lips|tongue|face|throat) (swelling|swollen|swelling up|swell up) (fast|quickly|up|)
MEDICAL (blue lips|lips are blue|lips turning blue|lips have gone blue|gone blue|turning blue|grey in the face|gray in the face|grey and|grey face)
MEDICAL (gasping|gasping for air|gasping for breath|struggling for breath)
MEDICAL (chest|my chest) (is |feels |)(really |so |very |super |)(tight|heavy|crushing|squeezed)
MEDICAL (vision|my vision|eyesight) (just |suddenly |)(went|is|gone|going) (double|blurry|black|dark)
MEDICAL (arm|my arm|my left arm|my right arm|leg|one side) (is |feels |)(weak|heavy|dead|useless) (and|suddenly|all of a sudden|now)
MEDICAL (wont|won t|doesnt|doesn t|will not|cant|can t) stop (the |)bleeding
MEDICAL (spurting|gushing|squirting|pouring) (blood|out|everywhere)
MEDICAL (towel|towels|cloth|shirt) (is |are |)(soaked|soaked through|full of blood)
MEDICAL (dad s|mum s|mom s|wife s|husband s|son s|daughter s|my dad s|my mum s|my mom s|he s|she s) not (responding|breathing|waking up)
MEDICAL (breathing|his breathing|her breathing) (sounds |is |)(like snoring|weird|strange|gurgling|rattling)
UNWELL (shaking|shaky|trembling) (and |)(sweaty|sweating|clammy)
UNWELL (sweaty|sweating|clammy) (and |)(shaking|shaky|trembling)
FALL (been |been lying |)(on the floor|on the ground) (since|all night|for hours|overnight)
FALL (fell|fallen) (n|and|&) (cant|can t|cannot) (get up|stand)
FALL (came off|fell off|thrown off|fallen off) (my|the|a) (bike|horse|ladder|scooter|motorbike|roof)
FALL (fallen|fell) (in|over in|down in) the (garden|yard|bathroom|kitchen|hall|hallway|street|shower|bath)
FALL (slipped|slid|fallen|fell) (on the ice|in the shower|in the bath|in the kitchen|down the stairs|between the bed and the wall)
HELP (please|pls|plz|can someone|can you|could you|someone|can anyone|could someone) (call|phone|ring|contact|send|get) (the police|police|an ambulance|ambulance|emergency services|the emergency services|paramedics|help|me help|me an ambulance)
HELP (please|pls|plz) send someone (now|quick|quickly|asap|i can t|i cant|i can not|please|pls|help)
HELP (call|phone|ring|contact|send|get) (the police|police|an ambulance|emergency services|the emergency services|paramedics|help|me help) (please|pls|plz|now|for me|right now|asap|immediately|to my house|to my address|to my delivery address|to my home|to my flat)
# sixth batch of written sessions
UNWELL (feeling|feel|i feel|im feeling|i m feeling) (a bit |kind of |kinda |really |very |so |)(weird|strange|odd|funny|off|wrong)
# ---------------------------------------------------------------- modifiers
KNOWN (sell|sells|selling|spell|spells|shell|shells)
HYPERBOLE (give myself|give me|gonna give me|going to give me|will give me|gives me|giving me) a heart attack
HYPERBOLE (in this heat|in the heat|with this heat|in this weather)
BENIGN (medication|medicine|meds|tablets|pills|treatment|prescription) (for|against) (his |her |my |the |)(seizures|epilepsy|asthma|fits|heart)
HYPO (a couple years|a couple of years|a few years|couple years|years|a couple months|a few months|months) back
BENIGN (fell|fall|falling|fallen) for (a|the|this|that|it|an)
BENIGN hay fever
BENIGN (cant|can t|cannot|can not) walk (long|far|very far|much|for long|long distances|more than|without)
HYPO (just asking|only asking|i m just asking|im just asking|quick question|just a question|just wondering|asking for a friend)
HYPERBOLE (i ll|ill|i will|i m going to|im going to|gonna) die if
HYPO (scenario|role play|roleplay|simulation|manikin|manikins|dummy|dummies|cpr dummy|cpr manikin|first aid class|first aid lesson|course)
HYPO (in the spring|in spring|in the summer|in the autumn|in the winter|earlier this year|a while back|back in)
HYPO (is|s|she s|he s|shes|hes|they re|i m|im) (fine|fit|healthy|better|recovered|doing well|back on her feet|back on his feet) (now|again)
BENIGN (epipen|epi pen|epipens) (refill|refills|order|prescription|delivery|pack|twin pack|replacement|trainer|expiry date|case)
HYPERBOLE heart (almost |nearly |just |literally |)(stopped|skipped a beat|dropped) (when|at|seeing|reading|for a second|after seeing|looking at)
HYPERBOLE (almost|nearly) (fainted|passed out|had a heart attack|died|collapsed) (when|at|seeing|reading|looking at|after seeing|from)
NEG/1 no
NEG (not|nt|never|without|dont|don t|do not|doesnt|doesn t|does not|didnt|didn t|did not|isnt|isn t|arent|aren t|wasnt|wasn t|havent|haven t|hasnt|hasn t|hadnt|wont|won t|no longer|no more|nor|neither|barely any|hardly any|zero|free of|free from)
FILL (feel|feeling|felt|have|has|had|having|got|get|getting|gotten|any|a|an|the|really|at|all|much|more|too|very|so|experiencing|experience|am|be|being|was|been|seem|seems|suffering|suffer|from|of|signs|sign|symptoms|symptom|real|actual|further|new|serious|severe|major|sharp|bad|like|really|anything|something)
HYPO (what if|what would happen if|if i|if someone|if somebody|if my|if a|if you have|if you re|in case|hypothetically|suppose|supposing|imagine|let s say|lets say|say i|how do i know if|how do you know if|how to tell if|what are the signs|signs of|symptoms of|what to do if|what do i do if|what should i do if|is it normal)
HYPO (my|the|his|her|a) (doctor|doc|gp|nurse|cardiologist|therapist|pharmacist|neurologist|dentist|vet|physio) (said|says|told|tells|thinks|thought|wants|asked|recommended|prescribed|checked|confirmed)
HYPO (insurance|insurer|insured|covered|coverage|cover|covers|reimburse*|refund the ambulance|ambulance bill|ambulance costs|medical bill|medical bills|health plan|policy|claim|claims|deductible|copay|co pay)
HYPO (last|past|previous|this past) (week|month|year|summer|winter|spring|autumn|fall|weekend|time|christmas|tuesday|monday|wednesday|thursday|friday|saturday|sunday)
HYPO (years|months|weeks|a year|a month|a week|a while|ages|long time|two weeks|two years) ago
HYPO (when i was|when i were|as a) (a kid|a child|young|little|younger|teenager|pregnant|in hospital|in the hospital)
HYPO (used to|in the past|history of|survivor|survived|recovered|recovering|recovery|rehab|in remission|anniversary)
HYPO (movie|film|tv show|show|series|episode|book|novel|game|video game|song|lyrics|podcast|article|news|story|documentary|character|plot|scene|cpr course|first aid course|first aid training|first aid kit|training|exercise|drill|fire drill|fire alarm test|alarm test)
HYPO (had|got over|recovered from|caught) (the |a |)(flu|cold|covid|virus|bug|fever|infection|stomach bug)
HYPO (i ll|i will|would|will i|would i|could i|can i|should i|do i|does it|do you|can you|could you) (get|be|need|have|be able to|still) (a |)(refund|reimbursed|compensation|covered)
HYPO (can|could|may|should) (my|a|the) (neighbour|neighbor|friend|wife|husband|son|daughter|mother|father|mom|dad) (pick|collect|sign|take|receive|get)
HYPERBOLE (dying|died|dead|die|dies|almost died|nearly died) (of|from|laughing|laughin|with laughter) (laughter|laughing|boredom|embarrassment|embarassment|hunger|curiosity|cuteness|shame|the heat|heat|thirst|waiting|anticipation|suspense|excitement|lol|haha|)
HYPERBOLE (im|i m|i am|i was|i m literally|im literally|literally) (dead|dying|deceased|crying|screaming|wheezing) (lol|lmao|haha|😂|🤣|💀|of laughter|laughing|rn|right now|)
HYPERBOLE (this|that|it|its|it s|you|youre|you re|your|the wait|waiting|the suspense|the price|the prices|my back|these prices|this queue|this hold music|the hold music|this music|this heat|the heat) (is |are |s |)(killing|kills|will kill|gonna kill|going to kill) me
HYPERBOLE (could|would|i d|id) kill (for|someone for) (a|an|some|that)
HYPERBOLE (bored|embarrassed|embarassed|hungry|tired|laughed|worried|scared|frozen|freezing|sick) to death
HYPERBOLE (sick|tired) (of|and tired)
HYPERBOLE (makes|made|making) me (sick|want to die|wanna die|want to kill myself)
HYPERBOLE (nearly|almost|practically|literally|basically|about to) (had|have|gave|give|giving|having) (me |)(a |)(heart attack|stroke|seizure|aneurysm|breakdown)
HYPERBOLE (gave|give|giving|will give|gonna give) me (a |)(heart attack|stroke|seizure|aneurysm|nightmares)
HYPERBOLE (going to|gonna|will|ll|would|is going to|s going to) (kill|murder|strangle) (you|u|him|her|them|my|the|whoever|somebody|someone|this|that|it)
# Parents and bosses "going to kill me" are a joke; a partner's is read as a joke only with a cue
# after it ("when", "lol", "if he sees the bill": the "kill me" lines further down): "my husband is
# going to kill me" on its own is the danger itself.
HYPERBOLE (mom|mum|dad|boss|mother|father) (is going to|s going to|will|would|ll|gonna|is gonna) kill me
HYPERBOLE (want to|wanna|wish i could|could|gonna|going to|about to) die (of|from) (embarrassment|shame|laughter|boredom|cringe)
HYPERBOLE (i could|could|i could just|could just) (die|scream|cry)
HYPERBOLE (to die for|drop dead|killer deal|killer price|kill it|killing it|killed it|dying to (know|see|try|get|hear|find out|go|buy|have))
HYPERBOLE~ (shoot me|shoot me now|kill me now|just kill me|put me out of my misery|end me)
HYPERBOLE (lost my mind|losing my mind|going crazy|go crazy|driving me crazy|driving me insane|going insane|go insane|losing it)
HYPERBOLE (heart attack|stroke) (prices|price|inducing|moment|material)
HYPERBOLE (my |)(wallet|bank account|bank|budget|card) (is |)(crying|dying|dead|bleeding|on fire|hurts)
HYPERBOLE (fire|🔥) (deal|deals|sale|price|emoji)
BENIGN (help|helping|helped) (me |us |you |him |her |)(with|to|find|understand|out|get|change|cancel|track|figure|sort|check|choose|decide|book|order|set|setup|update|log|fix|locate|pick|reset|recover|make|solve|resolve|return|pay|activate|install|connect|transfer|move|open|access|retrieve|unlock|on|in|regarding|about|for|please with|pls with|a bit|a little)
BENIGN (can|could|would|will|cn|can t|cant|may|might) (you|u|ya|someone|anyone|somebody) (please |pls |plz |kindly |maybe |just |)(help|assist)
BENIGN (how|what|who|where|when|which) (can|could|do|should|would) (i|you|we|u) (help|get help|contact|call|get)
BENIGN (need|needs|needed|neede|want|wanted|looking for|require|requires) (some |a bit of |a little |your |a little bit of |)(help|assistance|advice) (with|to|finding|for|on|in|getting|regarding|about|please with|understanding|choosing|changing|sorting)
BENIGN (thanks|thank you|thank u|thx|tnx|ty|thanks much|many thanks|thanks so much|thank you so much|thank you very much|thanks a lot|thanks for|appreciate) (for |)(the |your |all your |all the |ur |)(help|helping|assistance)
BENIGN (going|went|gone|turning|turned) black (friday|week|weekend|edition|version|model|colour|color|one)
BENIGN (helpful|helpdesk|help desk|help center|help centre|help page|help section|helpline|help line|help button|help menu|self help|help article|help articles|help file|no help|not helpful|unhelpful|help is|of help|any help|some help|the help|for help|extra help|more help)
BENIGN (emergency|emergencies) (contact|number|numbers|contacts|card|fund|savings|exit|brake|button|plan|kit|service fee|appointment|repair|repairs|plumber|locksmith|dentist|vet|delivery|shipping|replacement|unlock)
BENIGN (fell|falls|fall|falling|fallen) (asleep|through|apart|behind|in love|for it|off the truck|off my list|short|out of|into place|under|within|on a|on sunday|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on the weekend)
BENIGN (fall|autumn) (collection|season|sale|catalog|catalogue|line|fashion|semester)
BENIGN (stroke|strokes) (of|by) (luck|genius|midnight|brilliance)
BENIGN (cut|cutting) myself (a |some |)(shaving|cooking|slicing|on paper|a slice|a piece|some slack)
BENIGN (bleeding|bleed) (edge|money|cash|me dry|us dry)
BENIGN (dead|died|dying|collapsed|crashed|fell over|is dead|is dying|passed out) (line|lines|link|links|end|battery|pixel|pixels|zone|air|stock|weight|spot|on arrival)
BENIGN (doesnt|doesn t|does not|wont|won t|dont|don t) matter (which|what|who|how|when|where|if|to me which|whether)
BENIGN (no|doesnt|doesn t) (point|matter) (in |)(waiting|calling|trying|asking|complaining) (for|on|to|)
BENIGN (i m|im|i am|i feel|i m feeling) (fine|ok|okay|good|happy|alright) (with|about) (that|it|this)
BENIGN (dont|don t|do not|not) feel (good|great|right|ok|comfortable|safe) (about|with|giving|sharing|paying|sending|using|buying)
BENIGN (feel|feeling) (bad|terrible|awful|weird|strange|sick|stupid|silly) (for|about|asking|that|to ask|bothering|complaining|to bother|having to)
BENIGN (not|nt) (ok|okay|fine|good|alright) (with|for|to|that)
BENIGN (safe|safety) (to|for|delivery|place|drop|code|box|deposit|payment|checkout|word|mode)
BENIGN (fire|fired|firing) (up|off|away|me an email|an email|alarm|extinguisher|extinguishers|stick|tv|tablet|hd|station|brigade stop|works|place|wood|pit|pits|proof|safe|door|doors)
BENIGN (smoke|smoke detector|smoke alarm|smoke detectors|smoke alarms) (detector|alarm|detectors|alarms|test|battery|beeping|chirping)
BENIGN (police|ambulance|fire department|paramedic|paramedics) (report|reference|number|station|officer said|certificate|clearance|check|uniform|uniforms|costume|toy|toys|lego|car toy|bill|fees|fee|cost|costs|charge)
BENIGN (shoot|shot|shots) (an email|me an email|a message|me a message|you an email|a mail|of|at)
BENIGN (kill|killed|kills|killing) (the|my|this|that|an|a) (app|process|session|tab|program|subscription|order|battery|deal|mood|vibe)
BENIGN (killer|killers|assassin|zombie|zombies)
BENIGN (pain|hurts|hurt) (in the (neck|ass|butt|backside)|the wallet|my wallet)
BENIGN (hurts|hurt|hurting|spinning|pounding) (from|because of|trying|reading|looking at) (this|the|your|all|these|those)
BENIGN (heart|chest) (rate monitor|monitor|rate|shaped|necklace|pendant|emoji|strap|of drawers|freezer)
BENIGN (blood pressure|bloodpressure|bp|heart rate|glucose|sugar|insulin|oxygen|pulse) (monitor|monitors|meter|cuff|machine|device|strips|test strips|sensor|pen|pens|watch|supply|supplies|prescription|delivery|order|refill)
OBJECT (my|the|our|this|that|his|her|a) (dog|dogs|cat|cats|pet|pets|puppy|kitten|hamster|rabbit|bunny|bird|parrot|fish|goldfish|horse|turtle|guinea pig|plant|plants|flowers|phone|mobile|laptop|computer|pc|mac|battery|car|router|modem|printer|tv|account|package|parcel|order|card|app|website|site|screen|device|tablet|ipad|iphone|fridge|heater|heating|boiler|server|system|internet|wifi|connection|box|delivery|driver s van|van|truck|shipment|stock|shares|market|team|game|character|avatar|sims|tamagotchi|fantasy team|doll|teddy|toy)
THIRD {PERSON}
THIRD (he|she|hes|he s|shes|she s|him|her|someone|somebody|a man|a woman|a person|a child|a kid|an old man|an old lady|an elderly man|an elderly woman|the man|the woman|my family|people here)
BREAK (but|but now|and now|now|right now|suddenly|all of a sudden|however|although|though|yet|anyway|anyways)
KNOWN never ever fewer lever clever hello hell held heal help heals hells fill fell feel fall full stroke strike strikes stroller heard heart hearts hearth hurt hurts breathe breath breadth bread breed breeds breeding bleeding blending feeding reading leading heading seeding speeding weeding
KNOWN dying dyeing eying tying lying crying drying frying prying spying trying faint paint saint taint feint dizzy busy fizzy lizzy
KNOWN chest chess crest guest quest vest pains paint pains rains gains stains spain
KNOWN passed pasted parsed posted passes pasted spinning spanning spinner winning pinning
KNOWN attack attach attacks attached alarm alarms shaking making taking baking waking faking sharing staring
KNOWN collapse collapsed elapsed relapse numb dumb number thumb bomb tomb womb
KNOWN suicide subside sluice fallen fallen pallen
KNOWN please lease plead pleas pleased police policy polite polish
KNOWN breaking braking breaking beaking backing blocking booking
KNOWN hitting hiring hinting sitting fitting kitting hitching
KNOWN knife knives wife life wine kite nice
KNOWN cancel cancels cancelled canceled
KNOWN seizure leisure seize seized
BENIGN (for|with) (your|ur|yr|all your|all the|all ur|the) (help|assistance|support)
BENIGN (knife|knives|gun|water gun|toy gun|nerf gun|glue gun) (block|set|sharpener|holder|stand|rack|drawer|case|safe|cabinet|cleaning kit|oil|toy|for kids)

# ---------------------------------------------------------------- eighth and ninth written batches (sixth session)
# Heart-attack pain that travels, said in passing ("its going down my left arm a bit").
MEDICAL (going|spreading|radiating|shooting|moving|travelling|traveling|gone) (down|into|up|to) (my |me |the |)(left arm|arm and jaw|jaw and arm|neck and jaw|jaw)
DANGER (rotten egg|rotten eggs|rotten egg type|rotten eggs type|sulphur|sulfur) (smell|smells|odour|odor)
DANGER (smell|smells|smelling|stinks|odour|odor) (of|like) (rotten eggs|rotten egg|sulphur|sulfur)
DANGER (he s|hes|he is|she s|shes|she is|someone s|someone is|theyre|they re|they are) (banging|pounding|hammering|kicking|bashing) (on |at |)(the|my|our) (door|front door|back door|window|windows)
DANGER (says|said|saying|threatening|threatens) (he ll|hell|he will|she ll|shell|she will|they ll|theyll|they will) (kick|break|smash|bash) (it|the door|my door|the door|it all) (in|down)
HOPELESS (wont|won t|will not|dont|don t|do not) (need|be needing|be needing a|need a|need the|need my) ... where (im|i m|i am) (going|goin|headed)
HOPELESS (a |the |another |)(winter|christmas|summer|birthday|new year|spring) (i dont|i don t|i do not) (think|reckon|expect) (im|i m|i am|i ll|ill|i will) (going to|gonna|be around to|) (see|make it to|be here for|be around for)
MEDICAL (took|taken|had|swallowed|necked) (like |about |around |maybe |)(4|5|6|7|8|9|10|four|five|six|seven|eight|nine|ten|a handful|a bunch|loads|lots) (of |)(my |my mums |my moms |my mom s |my mum s |her |his |the |)(sleeping pills|sleeping tablets|pills|tablets|painkillers|xanax|valium)
HYPERBOLE (my |)(heart|heart literally) (almost|nearly|practically) (stopped|skipped|stopped beating|gave out)
MEDICAL (like |about |around |maybe |)(4|5|6|7|8|9|10|four|five|six|seven|eight|nine|ten|a handful|a bunch|loads|lots) of (my |my mums |my moms |my mom s |my mum s |her |his |the |)(sleeping pills|sleeping tablets|painkillers|xanax|valium)
# Getting in to an account is not getting in to a house.
BENIGN (trying|tried|try|trying again|cant|can t|cannot|unable) to (get in|log in|get into|get back in|get back into) (to |)(my|the|our|me) (account|online banking|banking|bank account|app|email|e mail|portal|profile|website|site|inbox|card account)
HOPELESS (not gonna|not going to|wont|won t|will not|not) be (around|here) (after this week|after tonight|past this week|past tonight|for much longer|for long)

# ---------------------------------------------------------------- tenth and eleventh written batches (seventh session)
MEDICAL (chest|chst) (is |feels |s |)(a bit |bit |abit |a little |kinda |really |so |very |all |)(tight|heavy|tightening|squeezed|squeezing|crushing|sore)
MEDICAL (gone|going|goes|spreading|spread|spreads|moving|radiating|shooting) (up |down |)(in to|into|to|in|up to|down to) (my |the |)(jaw|left arm|neck and jaw|jaw and arm)
MEDICAL (my |the |)left arm (is |feels |s |has gone |went |)(so |really |all |)(heavy|numb|dead|tingly|tingling)
UNWELL (my |)(hand|hands) (is |are |s |re |)(shaking|trembling|shakin|shaky) (a bit|abit|so much|so bad|really bad|badly|a lot|like mad|)
UNWELL (the |th |)(letters|words|text|numbers|room|everything) (is |are |s |keeps |keep |)(moving|movng|spinning|swimming|dancing|jumping|blurry|blurring|going blurry|double|fuzzy)
UNWELL (the |th |)screen (is |s |keeps |)(moving|movng|spinning|swimming|dancing|jumping)
DANGER (he ll|hell|he will|he would|he can|he could|he might|she ll|she will|they ll|they will|they can) hear (me|us)
DANGER (not supposed to|isnt supposed to|isn t supposed to|shouldnt|shouldn t|not meant to|isnt meant to) know where (i live|i am|im|we live)
DANGER (he s|hes|he is|he has been|he s been|hes been|she s been|someone s been|someone is|someones|somebody is) (banging|pounding|hammering|kicking|bashing) (on |at |)(the|my) (door|window|windows)
DANGER (he s|hes|he is|someone is|someones|somebody is) (trying|trying to open|rattling|pulling) the (handle|door|door handle|window)
BENIGN {CANT} (talk|speak) (on|over) the phone
HYPO in (january|february|march|april|june|july|august|september|october|november|december)
HOPELESS (its|it s|it is) (just |)(easier|better) (this way|for everyone|for everybody)
HOPELESS (not|wont|won t|will not) (gonna |going to |)be around (to|for|after|much longer|anymore)
DANGER (dont|do not|don t|pls dont|please dont|please don t|cant|can t) (call|ring|phone) ... (he|she|they) (will|ll|would|might|can|could) hear
MEDICAL (can|cn|i can|i could|could) (barely|hardly|scarcely|only just) (breathe|breath|breth|get air|catch my breath|get any air)

# ---------------------------------------------------------------- twelfth and thirteenth written batches (seventh session)
# "he'll" folds to "hell". A threat with a condition on the writer ("if i leave", "if i call") stays
# a threat; a game, an order or a discovered bill after it makes it a joke.
HYPERBOLE (hell|he ll|shell|she ll|theyll|they ll|is going to|s going to|will|would|ll|gonna) kill me (when|for|lol|haha|hahaha|lmao|lmaooo|again|because|cause|cos|coz)
HYPERBOLE (hell|he ll|shell|she ll|theyll|they ll|is going to|s going to|will|would|ll|gonna) kill me if (we|it|the|this|that|my order|the parcel|i lose|i miss|i forget|i break)
HYPERBOLE (hell|he ll|shell|she ll|theyll|they ll|is going to|s going to|will|would|ll|gonna) kill me if (he|she|they) (sees|finds out|find out|knows|notices|hears) (how much|what i|the bill|the price|the cost|this|that|about the|about this|i bought|i spent|i ordered)
HYPO (on the ward|on shift|my shift|night shift|at work today|on my shift|we got him back|we got her back|on the ambulance|in a&e|in the er)
HYPO (last|past) (january|february|march|april|may|june|july|august|september|october|november|december)
HYPO (was in for|were in for|was in hospital for|spent) (a few|a couple|two|three|four|five|six|seven|eight|nine|ten|a) (days|nights|weeks)
HYPO (and was in|and was kept in|and spent)
FALL (still|im still|i m still|i am still|been|ive been|i ve been|i have been) on the floor (since|all night|for hours|overnight|now)
FALL (not finding it|finding it|its|it s|it is) (terribly |very |too |rather |quite |a bit |)(easy|hard|difficult|tricky) to get up (off the floor|again|from the floor)
UNWELL (hands|hand|fingers) (are |is |)(all over the place|everywhere|wont work|won t work|wont stop shaking)
UNWELL (bit|a bit|abit|very|so|really|all) (shaky|wobbly|woozy)
MEDICAL (he|she|they) (took|has taken|s taken|had taken) (them all|all of them|all his pills|all her pills|all the pills|the whole box|a whole strip|the lot)
UNWELL (is |s |he s |she s |hes |shes |)(not making sense|making no sense|talking nonsense|talking gibberish)

# ---------------------------------------------------------------- fourteenth written batch: accidents and hazards (seventh session)
MEDICAL (bleeding|bleedin|bleading) (alot|a lot|loads|heavily|badly|so much) (from|out of) (her|his|my|their|the) (head|face|leg|arm|neck|ear)
MEDICAL (cant|can t|cannot|can not) feel (my|his|her|their) (legs|leg|arms|feet)
MEDICAL (trapped|stuck|pinned) (in|inside|under) (the|her|his|my|their) (car|van|vehicle|wreck)
MEDICAL (he|she|hes|shes|he s|she s) (not move|not moving|isnt moving|is not moving|wont move|won t move|doesnt move)
MEDICAL blood (from|out of|coming from|coming out of) (his|her|the|my) (ear|ears|nose and ear|mouth)
FALL (fall|fell|fallen|falled) (from|off) (the |a |)(scaffold|scaffolding|scaff|roof|ladder)
UNWELL (feeling|feel|feelin|i feel|im feeling|i m feeling) (proper |really |well |so |a bit |)(rough|ropey|grim)
UNWELL (ive|i ve|i have|i) (stopped|stop) sweating
UNWELL (everything|everythings|everything s) (is |)(going|gone|turning) (a bit |all |kind of |kinda |)(grey|gray|black|dark|white|blurry)
DANGER (dementia|alzheimer|alzheimers|alzheimer s) ... (gone out|wandered|wandered off|gone missing|missing|left the house|walked out|got out)
HYPO (i thought|thought|i was sure) (i had|there was|we had) (a |)(gas leak|leak|fire)
# "someone could break in": a possibility, not an event. Not "can": "someone can help me?" is a plea.
HYPO (someone|somebody|anyone|anybody|people|burglars|thieves|a burglar|a thief) (could|might|would)

# ---------------------------------------------------------------- sixteenth written batch (eighth session)
MEDICAL (took|taken|swallowed|necked) (everything|all the pills|all the tablets|all the meds|every pill|every tablet) (in|from|that was in|that were in|out of) (the |my |our |my mums |my moms |)(bathroom cupboard|bathroom cabinet|medicine cabinet|medicine cupboard|medicine box|medicine drawer|first aid box)
UNWELL (i feel|feel|feeling|im feeling|i m feeling|i am feeling) {VERY} (heavy|drowsy|woozy)
# Something thrown at the writer; a thing named in the gap ("threw my parcel at me") is an object.
DANGER (he|she|{PERSON}) (threw|throws|chucked|hurled|has thrown) ... at me
# A plea for yes/no questions because someone is reading along: the coded call of domestic violence.
DANGER (only|just) (ask|asking) me (yes no|yes or no) (questions|question)
DANGER (ask|asking) me (only|just) (yes no|yes or no) (questions|question)
SELF_HARM (i ve|ive|i have|i) (already |)(written|wrote|left) (letters|a letter|notes|a note|goodbye letters) (for|to) (everyone|everybody|my family|my kids|my children|the kids)
HOPELESS (gave|given|giving|give) away (all |all of |most of |)(my|me) (stuff|things|belongings|possessions)
BENIGN (please |pls |)help me before i (throw|chuck|smash|lob|launch|bin|lose)
HYPERBOLE (team|teammates|squad|clan|guild|mates|lads|the lads|the boys) (is going to|s going to|will|ll|gonna|is gonna|are going to|re going to|are gonna|want to|wants to|wanna) kill me
SELF_HARM better off (with the insurance|with the insurance money|with the life insurance|with the payout) than with me

# ---------------------------------------------------------------- seventeenth written batch (eighth session)
# "want to be added to the register" is not "want to be dead"
KNOWN (added|adding)
HYPERBOLE (or|otherwise|or else) (i ll|ill|i will|im gonna|i m gonna|i am going to|i m going to|im going to) die
MEDICAL {CANT} (get breath|get a breath|get a proper breath|get a full breath)
UNWELL (wheezy|wheezing|so wheezy|really wheezy)

# ---------------------------------------------------------------- eighteenth written batch (eighth session)
MEDICAL (i |i ve |ive |i have |just |)(took|taken|swallowed) (them all|all of them|the lot|the whole lot)
BENIGN (took|taken) (them all|all of them|the lot|the whole lot) (back|out|in|home|off|to|with|down|up|away|apart)
DANGER (someone|somebody|a man|a guy|he|they) (s |is |are |keeps |)(trying|tried|rattling|jiggling|pulling|trying to open) (the|my) (back |front |)(door handle|door|handle|lock|window)
DANGER (hes|he s|he is|someones|someone s|someone is|theyre|they re|they are) (inside|in the house|in my house|in the flat|downstairs|in the kitchen|in the hall|in the hallway)
DANGER (i can hear|can hear|i hear) (him|them|someone|somebody|footsteps) (in|downstairs|upstairs|inside|in the|on the stairs|coming up)
DANGER (he ll|hell|he will|theyll|they ll|they will|he d|he would|she ll|she will) hear (me|us)
DANGER (a guy|a man|someone|somebody|this guy|this man|he|a bloke) (has been|s been|is|keeps|has been walking|s been walking) (behind me|following me|walking behind me) (since|from|for|all the way|)
DANGER (hes|he s|he is) (closer|getting closer|right behind me|speeding up|running after me|coming after me|shouting at me)
DANGER (black smoke|thick smoke|smoke|flames|fire) (is |s |are |)(coming|pouring|getting|spreading) (under|through|in through|into|out of|from under|up)
DANGER (hall|house|room|kitchen|stairs|landing|flat|stairwell|corridor|hallway) (is |s |)(full of|filling with|filled with) (smoke|smke|fumes)
DANGER (door|handle|door handle) (is |s |)(too hot|hot|burning hot) to touch
DANGER (the |)(water|flood water|floodwater|flood) (is |s |)(rising|coming up|still rising|coming in) (fast|quickly|so fast|really fast|up the stairs|)
BENIGN (help|help me|help pls|help please) (i ve been|ive been|i have been|i got|i was|been) (scammed|hacked|phished|robbed online|defrauded)

# ---------------------------------------------------------------- twentieth written batch (eighth session)
# someone in hospital is being looked after: "my dad is in hospital after a heart attack"
HYPO (is|s|was|has been|s been) (in|at) (the |)hospital (after|with|since|for|because of)

# ---------------------------------------------------------------- twenty-second written batch (eighth session)
BENIGN (you|that|this|it|u) (save|saves|saved|just saved|really saved) (me|my life|my day|my weekend)
HOPELESS (not|wont|won t|will not|dont|don t|do not) need (the |my |this |a |)(phone|it|this|anything|account|contract|number) (after|past|beyond) (tonight|today)
SELF_HARM (pills|tablets|remedios|meds|medicine|medication) ... (is enough|are enough|it s enough|its enough|will be enough|should be enough)
UNWELL (i dont|i don t|i do not|dont|don t) know where i am
BENIGN (dont|don t|do not) know where i am (in|with|on) (the |my |this |)(queue|order|process|list|account|application|claim|booking|payments|contract)

# ---------------------------------------------------------------- twenty-third written batch (eighth session)
MEDICAL (red line|red streak|red lines|red streaks) (going|running|spreading|creeping|moving) (up|along) (my|his|her|the) (arm|leg)
MEDICAL (spots|rash|marks|dots) ... (dont|don t|do not|doesnt|doesn t|does not|wont|won t) (go away|fade|disappear) (when i press|under the glass|with the glass|when pressed|)
MEDICAL (neck|her neck|his neck) (hurts|is stiff|is sore|stiff) (and|&) (the |)light (hurts|is hurting|bothers)
UNWELL (cant|can t|cannot|couldnt|could not) think (straight|clearly|properly)
BENIGN (cant|can t|cannot|couldnt) breathe (through|thru|out of) (my|the|his|her) nose
MEDICAL (dont|don t|do not|doesnt|doesn t|does not|wont|won t) (go away|fade|disappear) (when i press|when you press|under a glass|under the glass|with a glass|with the glass)
# broken glass before a cut is an accident ("glass everywhere, nearly cut myself opening it")
OBJECT (glass everywhere|broken glass|glass shards|shards|shattered glass)
# ---------------------------------------------------------------- twenty-fifth written batch (ninth session): third parties
MEDICAL (my colleague|my coworker|my co worker|a colleague|my boss|my manager|a customer|a passenger|a man|a woman|someone|somebody) (just |)(went down|keeled over|hit the floor|dropped to the floor)
MEDICAL (he s|hes|she s|shes|he is|she is|they re|theyre) (on the floor |lying there |)(and |)(not responding|unresponsive|not responsive|not answering us|not waking up|not breathing properly)
BENIGN (not responding|not answering|unresponsive) (to|on) (my|our|the|emails|email|messages|calls|texts|chat)
MEDICAL (swallowed|swallow|ate|eaten|has eaten) (a|the|one of the|my|his|her) (round |flat |little |small |tiny |button |coin |silver |)(battery|button battery|magnet|coin cell|batteries|magnets)
FALL (there was a|heard a|i heard a) (bang|thud|crash|loud bang) (and|then) (now |)(she s|he s|shes|hes|she is|he is|she|he) (not|isnt|is not) (saying anything|answering|responding|moving|talking)
DANGER (she s|shes|she is|he s|hes|he is|someone s|someone is|someone|she|he) (screaming|shouting|yelling) (get off me|help me|help|let me go|dont hurt me|please stop|stop it)
DANGER (i think |)(he s|hes|he is|someone is|someone s|she s|shes|she is) (hurting|beating|hitting|strangling|choking|attacking|stabbing) (her|him|them|the kids|the baby|his wife|his girlfriend|her boyfriend)
URGENT_ADVICE (call|ring|dial) (999|911|112) (yourself|for her|for him|for them|for us) (now|right now|immediately|straight away|right away)
URGENT_ADVICE (call|ring|dial) (999|911|112) or (go to|get to|take him to|take her to) (a e|a and e|the er|er|hospital|the hospital|the emergency room) (right now|now|immediately|straight away|right away)
HYPO (till|until|before|til) the (ambulance|paramedics|ambulance crew) (came|arrived|got there|turned up)
BENIGN (screaming|shouting|yelling) ... at the (telly|tv|screen|television)
# a head on the keyboard is the original case, not an explanation of the mash
MEDICAL (he|she|he was|she was|hes|shes|he s|she s|found him|found her) (slumped |collapsed |lying |passed out |)(with his |with her |)(head|face) (on|onto|against|over) the (keyboard|desk|laptop|table)
EXPLANATION (screen|phone|phones|touchscreen) (is cracked|s cracked|is smashed|keeps typing by itself|types by itself|typing by itself|typed by itself|has a mind of its own|went crazy|went mental)
BENIGN (cant feel|can t feel|cannot feel|couldnt feel) my (fingers|hands|toes|feet) ... (cold|ice|icy|freezing|frozen|snow|scraping|windscreen|outside)
# an agent committing to alert emergency services ('I'm going to get you help right now')
AGENT_ALERT (i m going to|im going to|i am going to|i ll|ill|i will|we ll|we will|we re going to) (=call|=phone|=ring|=get|=send) (you |)(an ambulance|the ambulance|emergency services|the emergency services|paramedics|999|911|112|help to you|help right now|you help right now|you help now|help now)
# an agent asking whether the customer is in danger or wants emergency services: a bare 'yes' is an emergency
DANGER_QUESTION (are you|r u|are u|you) (in danger|hurt|injured|bleeding|being threatened|in immediate danger)
DANGER_QUESTION (do you need|d you need|you need|do you want) (an ambulance|medical help|medical attention|emergency help|the police|emergency services|a doctor)
DANGER_QUESTION (shall i|should i|do you want me to|would you like me to|can i|may i|want me to) (call|send|get|contact|ring) (an ambulance|the police|emergency services|help|paramedics|999|911|112)
DANGER_QUESTION (have you|did you|you) (fallen|fall|hurt yourself|been hurt|taken something|taken anything|taken too many)
DANGER_QUESTION (are you|r u) (thinking of|thinking about|planning to) (ending your life|killing yourself|taking your life|suicide|hurting yourself)
AGENT_ALERT (i ll|ill|i will|i m going to|im going to) (get|have) help sent
# ---------------------------------------------------------------- twenty-sixth written batch (ninth session): disability and assistive technology
# a stroke or a condition years ago, told as why the customer types this way
BENIGN (i have|i had|had|have|after|since|from|post|my|old|previous|earlier|past) (a |my |the |)stroke (1|2|3|4|5|6|7|8|9|10|11|12|15|20|one|two|three|four|five|six|seven|eight|nine|ten|some|a few|many|several) (year|years|yrs|yr|months)
BENIGN (stroke|strokes) (before|years ago|long ago|a while ago|in the past|back in)
BENIGN (since|after) (my|the|a) stroke (in|back in) (2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025)
BENIGN (cant|can t|cannot|can not) (walk|speak|talk) ... (powerchair|wheelchair|own chair|mobility scooter|electric chair|my chair)
BENIGN (dictation|voice to text|speech to text|screen reader|voiceover|talkback) (because |as |since |cause |coz |)(i |)(cant see|can t see|cannot see|am blind|m blind|im blind|am partially sighted)
# ---------------------------------------------------------------- twenty-seventh written batch (ninth session): children and teenagers
SELF_HARM (ive|i ve|i have) already cut
SELF_HARM (going|go|cut|cutting) deeper (tonight|this time|today|next time)
SELF_HARM (cut|been cutting|cutting) (myself|my arm|my arms|my wrist|my wrists|my legs|my thigh|my thighs) (again|tonight|last night|)
