/**
 * Co-occurrence rules built from concept vocabularies.
 *
 * The other rule files mostly list particular phrasings. The rules here name
 * a SITUATION as a combination of concepts ("an adult" + "asking for" + "your
 * address"; "your pictures" + "going round"), each concept a vocabulary defined
 * once below, so new wordings of the same situation are caught. A rule fires
 * only when one phrase from EVERY group is found in the same sentence (or
 * within the stated number of words), which is what keeps everyday posts about
 * the same topics (a school letter, asking for advice, family, pets) from
 * being held.
 *
 * Every rule id here contains ".combo_" so reviewers can tell these broad rules
 * from the specific ones.
 */
import type { Rule } from "./rule.ts";
import { LEARNING_ABOUT_IT } from "./exceptions.ts";

// ───────────────────────────── vocabularies ─────────────────────────────

/** An adult or an unknown man, named by age or maturity: "a grown man", "in his 30s", "a 28 year old", "turned out to be 35", "a stranger". */
export const ADULT_BY_AGE: readonly string[] = [
  "(a|an|this|some|the) (grown|older|old|adult) (man|guy|woman|bloke|lad|person|men)",
  "grown (man|men|woman|up|ups)",
  "(a|an|this|some|the) adult",
  "(a|this|some|the) (man|bloke|stranger)",
  "(in|on) (his|her|their) #18-69 s",
  "(in|on) (his|her|their) (twenties|thirties|forties|fifties|sixties)",
  "#18-80 (year old|years old|yo) (man|guy|bloke|woman|lad|person|)",
  "(turned out|turns out|turn out) (to be|hes|shes|he is|she is|theyre|they are|) (a |an |)(like |actually |really |about |)(#18-80|adult|grown|older|old man|man)",
  "(is|was|actually|really|hes|shes|he is|she is|whos|who is|theyre|says hes|said hes|says shes|said shes) (actually |really |like |about |around |nearly |over |)#18-80",
];

/** An adult by role: someone a child is taught or looked after by, or knows through family. */
export const ADULT_BY_ROLE: readonly string[] = [
  "(teacher|coach|tutor|instructor|youth worker|leader|mentor|volunteer|pastor|vicar|imam|caretaker|lifeguard|scout leader|cub leader|priest|neighbour|neighbor|lodger|family friend|dads friend|dads mate|mums friend|mums mate|babysitter|trainer|driver)",
];

/** Any adult, or someone much older: by role, by age, or "turned out to be 35". */
export const ADULT: readonly string[] = [...ADULT_BY_AGE, ...ADULT_BY_ROLE];

/** The same adult or relative, for disclosures of abuse at home (siblings and cousins included). */
export const RELATIVE_OR_ADULT: readonly string[] = [
  ...ADULT,
  "(stepdad|step dad|stepfather|uncle|grandad|granddad|grandpa|cousin|brother|stepbrother|step brother|half brother|dad|father)",
  "(mums|moms|mams|my mums|her mums|his mums) (boyfriend|partner|fella|husband|friend|mate)",
  "(he|him)",
];

/** Pictures or videos OF a person: "my pics", "her private story", "a video of me", "my daughter's photos". */
const IMAGE_WORDS =
  "(pics|pic|photos|photo|pictures|picture|videos|video|vids|vid|clips|clip|selfies|selfie|nudes|recording|recordings|private story|close friends story|snaps|images|image|footage)";
export const IMAGE_OF_PERSON: readonly string[] = [
  `(my|her|his|their|your|ur|our) ~ ${IMAGE_WORDS}`,
  `(mum|me|mah) ${IMAGE_WORDS}`,
  `(daughters|sons|childs|kids|girlfriends|boyfriends|friends|sisters|brothers|mates|exs|besties|bffs|girls|boys|peoples|students|pupils) ${IMAGE_WORDS}`,
  `${IMAGE_WORDS} (of|with) (me|her|him|them|us|my (daughter|son|child|kid|friend|sister|brother|girlfriend|boyfriend|mate|bestie)|a girl|a boy|girls|boys)`,
  `${IMAGE_WORDS} (i|she|he|we|they|my daughter|my son) (sent|send|gave|showed|took|shared|made)`,
  "(my|her|his|their) (story|snap|snaps|account|insta|instagram|snapchat) (was|is|were|are) (meant to be |supposed to be |only |set to |on |)(private|close friends)",
];
/** Pets, food and things: "pictures of her cat" is not a picture of a person. */
const NOT_A_PERSON = [
  "(school|class|team|prom|wedding|holiday|baby|year book|yearbook|passport|graduation) (photo|photos|pictures|pics|picture|pic)",
  `${IMAGE_WORDS} (of|with|from) (me|her|him|them|us|my|their|your|his|the|our|a) ~ (cat|cats|dog|dogs|puppy|kitten|pet|pets|hamster|rabbit|horse|food|lunch|dinner|breakfast|cake|house|room|garden|car|art|drawing|drawings|nails|hair|outfit|work|homework|baking|party|trip|holiday|match|concert|game|view|sunset|school play|show)`,
];

/** Non-consensual spreading: leaked, got out, going round, passed round, everyone has seen them. */
export const SPREAD: readonly string[] = [
  "(leaked|leaking|leak|leaks)",
  "(circulating|circulated|circulate|circulates|spreading|being spread|doing the rounds)",
  "(got|get|gets|getting|have got|has got) (out|leaked|around|round|passed round|passed around|sent round|sent around|shared around|spread)",
  "(going|gone|went|go|goes|sent|passed|passing|passin|shared|spread|spreading|doing) (round|around|the rounds)",
  "(being|been|are being|is being|were being|was being|keep being) (passed|sent|shared|spread|posted|forwarded|airdropped|uploaded|put|leaked) ~ (round|around|about|everywhere|to everyone|in|on|online|to (a|an|some) (website|site|account|server))",
  "(being|been|are being|is being|were being|was being|keep being) (passed|sent|shared|spread|forwarded|airdropped) (to|with) (loads|lots|hundreds|dozens|other|people|kids|everyone|everybody|boys|girls|the whole)",
  "(everyone|everybody|the whole (school|year|class|team|bus)|all (the boys|the girls|his mates|her mates|my year)) (has|have|had|got|has got|have got|seen|has seen|have seen|s seen|saw) (them|it|those|em|my|her|his)",
  "(everyones|everybodys|every1s) seen (them|it|em|my|her|his)",
  "(is|are|its|theyre|their) (everywhere|all over)",
  "now (its|theyre|there) everywhere",
  "(airdropped|airdropping|airdrop|airdrops|screenshotted and (sent|shared|posted)|screenshot and (sent|shared|posted))",
  "(saved|screenshotted|screenshot|screenshots|screenshotting|downloaded|copied|recorded) ~ (and|n) (shared|sharing|posted|posting|sent|sending|spread|spreading|forwarded|reposted|reposting)",
  "(sharing|shared|shares|share|posted|posting|posts|post|sent|sending|sends|forwarded|forwarding|uploaded|uploading|put|putting|showed|showing|shows) ~ (to|with|in|on|round|around) (everyone|everybody|the whole|all (his|her|their|my|the)|the (year|group|group chat|groupchat|gc|class|team|school|bus|year group|football team)|a (group chat|groupchat|gc|fake account|group|private account|story)|(his|her|their|someones) (story|stories|close friends|mates|friends|insta|instagram|snapchat|snap|snaps|tiktok|account|page)|group chats|(his|her|their) whole)",
  "(is|are|was|were|got|its|theyre|ended up|end up|ending up) (on|up on) (someones|his|her|their|a|a fake|an|some) ~ (tiktok|story|account|page|insta|instagram|snapchat|snap|group chat|groupchat|close friends|onlyfans|website|site)",
  "(shared|posted|sent|forwarded|uploaded|showed) (it|them|em) (to|with) (everyone|everybody|people|loads|his|her|their|the|a|all|other|random)",
  "(shared|posted|sent|forwarded|uploaded) (it|them|em) (on|in|round|around|online)",
  "(on|in|to|onto|into) (a|an|some|someones|his|her|their|this|that|a fake|an exposing|an expose|a porn|the porn|a nudes|a leaks) ~ (account|accounts|server|site|website|porn site|channel|group chat|gc|groupchat|telegram|page that|account that|server that)",
  "(exposing|expose|exposed|leaks|rating|rate|nudes|porn) (account|accounts|page|pages|site|server|channel|group)",
  "(made|set up|started|created|make|making) (a|an|this) ~ (group chat|gc|groupchat|account|page|server|channel) (just |only |)(to|for)",
  "(rating|rate|rated|rates|ranking|ranked|ranks|scoring) ~ (pics|photos|pictures|girls|boys|bodies|nudes)",
  "(showed|showing|shows|show|sent|sending|sends) (everyone|everybody|the whole|all (his|her|their) (mates|friends|followers)|loads of people|his mates|her mates|his friends|her friends|people|others|other people|the boys|the girls|random people|lads|boys|girls)",
  "(his|her|their) (mates|friends|whole (class|year|team)|team|year|class|group) (have|has|) (all |)(got|seen|have|has|saw)",
  "(showing|showed|shows|show|passing|passed|sending|sent|sharing|shared) (them|it|em|those|these) (around|round|about|everywhere|to people|to everyone|to his mates|to her mates|to loads)",
];

/** A state in which a picture is plainly private: getting changed, in the shower, asleep, in underwear. */
export const UNDRESSED_STATE: readonly string[] = [
  "(getting|gettin|get|gets|got) (changed|undressed|dressed|naked|ready for bed)",
  "(changing|changin|undressing|showering|bathing|naked|topless|half naked)",
  "(in|at) (the|a|her|his|my) (changing room|changing rooms|changin rooms|shower|showers|bath|bathroom|toilets|toilet|cubicle)",
  "(in|wearing|only in|just in) (her|his|my|a|their|just|only) ~ (bikini|underwear|bra|pants|knickers|boxers|towel|pyjamas|pjs|nightie|swimsuit|swimming costume)",
  "(in|wearing) (underwear|a towel|pyjamas|pjs|her bra|my bra|a bra)",
];

/** Filming or photographing someone (the act, not yet the sharing). */
export const FILMED: readonly string[] = [
  "(filmed|filming|films|film|recorded|recording|records|videoed|videoing|snapped|photographed|screenshotted)",
  "(took|taken|take|takes|taking|got) (a |some |)(pic|pics|photo|photos|picture|pictures|video|videos|vid|vids|clip|clips|recording)",
];

/** An image request: "send a pic", "take a photo for me", "sending a picture". */
export const IMAGE_REQUEST: readonly string[] = [
  "(send|sending|sends|sent|send him|send her|send me) (one|some|them|another|more|something)",
  "(send|sending|sends|sent|take|taking|show|showing|snap|do) ~ (pic|pics|photo|photos|picture|pictures|video|videos|vid|vids|selfie|selfies|nudes|nude)",
  "(pic|pics|photo|photos|picture|pictures|video|videos|selfie|selfies) (for|of|to) (me|him|her|them)",
];

/** An emotional lever or condition: "if you really loved me", "prove you trust me", "he'll break up with me". */
export const LEVER: readonly string[] = [
  "if (you|u|i|she|he|they) (really |rly |actually |truly |properly |genuinely |)(loved|love|luvd|luv|luved|liked|like|trusted|trust|cared about|cared|care about|fancied|fancy|wanted to be with|want to be with|were serious|was serious|meant it)",
  "prove (you|u|i|she|he|it|that you|that i) ~ (love|loves|loved|trust|trusts|like|likes|care|cares|mean it|serious)",
  "(prove|show) (your|ur|her|his|my) (love|trust)",
  "prove (that |)(im|i am|youre|your|you are|shes|she is|hes|he is|i|you) (not|loyal|faithful|serious|real|mine|his|hers|single|into)",
  "(says|said|say|thinks|think|reckons|keeps saying) (i|you|she|he) (dont|doesnt|didnt|do not|does not|cant) (really |)(trust|love|like|care about|care) (him|her|me|them)",
  "(everyone|every) (else|elses|other) ~ (gf|bf|girlfriend|boyfriend|girlfriends|boyfriends|does|sends|do)",
  "(break|breaking|broke) up with (me|you|her|him) (if|unless)",
  "(dump|dumps|leave|leaves) (me|you|her|him) (if|unless)",
  "(why wont|why dont|why doesnt|why cant) (i|you|she|he|u)",
  "if (i|you|u|she|he) (was|were|are|is|was really|were really) (really |actually |truly |properly |)(his|her|my|your|ur|a real|a proper) (gf|bf|girlfriend|boyfriend|girl|boy|man)",
  "(not|isnt|arent|im not|your not|youre not) (a real|a proper) (man|girl|boy|gf|bf|girlfriend|boyfriend)",
  "(only fair|its fair|fair is fair|your turn|ur turn|my turn|returning the favour|return the favour)",
  "(owe|owes|owed) (me|him|her|them) (a|one|some)",
  "(everyone|everybody|all (the|my) (girls|boys|friends|mates)) (sends|send|does|do|shares|share) (pics|them|nudes|photos|it|pictures|videos) (to (their|his|her|your) (bf|gf|boyfriend|girlfriend|boyfriends|girlfriends|partner|partners)|so why)",
  "(weird|frigid|boring|a prude|prude|childish|a baby) for not",
  "(real|proper|normal|all|other|most) (couples|girlfriends|boyfriends|gfs|bfs|girls|boys|people) (send|sends|do|share|all send|all do)",
  "(being|so|dont be|stop being|youre|ur|your) (weird|frigid|boring|a prude|prude|tight|stuck up|childish|a baby|sensitive)",
  "(stop|stops|stopping|stopped) (talking|speaking|messaging|texting) to (me|you|her|him) (unless|if)",
  "(frigid|prude|prudish|a tease|tease|a baby about it)",
  "if (i|you|u) (want|wanted|wanna) (him|her|them|me) to (stay|be with|keep|like|love|carry on)",
  "if (i|you|u|we) (want|wanna|want to|wanted|wanted to) (to |)(stay together|be together|keep (me|him|her|us|this)|be with (me|him|her)|carry on|keep going out)",
  "(girls|boys|people|someone|anyone|a girl|a boy|gfs|bfs) (who|that|whod|who would) (really |actually |truly |)(like|likes|love|loves|trust|trusts|care about|cares about|fancy|fancies) (someone|them|their|a boy|a girl|him|her|you|me|their (bf|gf|boyfriend|girlfriend))",
  "(im|i am|shes|she is|your|youre|ur|hes|he is) (so |being |such a |)(weird|boring|childish|a baby|tight|stuck up|immature|a prude|frigid)",
  "(i|she|he) (sent|showed) (you|u|me|her|him) (one|mine|hers|his|a pic|a picture|a photo)",
  "(find|get|go to) (a|another|some other) (girl|boy|gf|bf|girlfriend|boyfriend) (who|that) (will|would|does)",
];

/** A threat to tell or show people. */
export const THREAT: readonly string[] = [
  "(tell|tells|telling|told|show|shows|showing|showed|send|sends|sending|post|posts|posting|share|shares|sharing|expose|exposing|leak|leaking|spread|upload|forward)",
];

/** What someone did on camera or on a call (sextortion without photo words). */
export const ON_CAMERA: readonly string[] = [
  "what (i|you|u|he|she|we|they|my son|my daughter) (did|done|was doing|were doing|do|does|said|showed) (on|over|during) ~ (camera|cam|webcam|facetime|call|video call|video chat|stream|livestream|live stream|live|skype|zoom|teams|discord|omegle|snap call|chat)",
  "(recording|recordings|recorded|screen recorded|screen recording|screenrecorded|screenrecording|clip|video) (of |)(our|the|my|me|him|her|us|a|that) ~ (call|calls|facetime|facetimes|video call|video chat|cam|camera|webcam|stream)",
  "(recorded|screen recorded|screenrecorded|filmed|saved) (our|the|my|a|that) ~ (call|calls|facetime|video call|video chat)",
  "(me|him|her|us) (on|over) (cam|camera|webcam|facetime|video call)",
  "(did|done|doing|do|does) (something|stuff|things|it|something stupid|something embarrassing|something sexual|sexual things|stuff) (on|over|during|in) ~ (camera|cam|webcam|facetime|call|video call|video chat|stream|live|omegle|skype|zoom)",
];

/** A demand or condition attached to a threat. */
export const DEMAND: readonly string[] = [
  "(unless|or else|otherwise)",
  "(pay|paying|pays|paid) (me|him|her|them|up|money|cash|#1-100000|or)",
  "(or|if) (he|she|they|i|you|u|hell|shell|theyll|ill|it|the) (dont|doesnt|do not|does not|wont|will|gets|goes|go|get|pay|send|block|blocks|report|tell)",
  "if (i|you|u|he|she|my son|my daughter) (dont|do not|didnt|wont|refuse|block|stop|tell|report|leave)",
  "(want|wants|wanted|demand|demands|demanding|asking for|asked for|asks for|needs) ~ (money|cash|quid|pounds|#1-100000|gift cards|gift card|steam cards|vbucks|robux|bitcoin|crypto|more|paying)",
  "(send|give|transfer) (me|him|her|them|us|) ~ (money|cash|quid|pounds|#1-100000|gift cards|more)",
  "(or|unless) (ill|i will|hell|he will|shell|she will|theyll|they will|it goes|its going|they post|he posts)",
];

/** Someone getting in touch with a young person: messaging, texting, calling, snapping. */
export const CONTACTS_A_CHILD: readonly string[] = [
  "(messages|messaging|messaged|message|texts|texting|texted|text|snaps|snapping|snapped|dms|dming|dmd|dmed|calls|calling|callin|called|rings|ringing|facetimes|facetiming|emails|emailing|whatsapps|comments on|commenting on|sends|sending|sent) (me|her|him|my (son|daughter|child|kid|boy|girl)|our (son|daughter|child))",
  "(sends|sending|sent|send) (me|her|him) (messages|texts|snaps|dms|voice notes|pics|photos)",
];

/** Late at night. */
export const AT_NIGHT: readonly string[] = [
  "(late|late at night|at night|in the night|every night|all night|at midnight|midnight|after midnight|middle of the night|night time|nighttime)",
  "(at|around|till|until) #1-5 (am|in the morning)",
  "(at|around|till|until) #10-12 (pm|at night)",
];

/** Flattery a groomer uses: beautiful, mature, special. */
export const FLATTERY: readonly string[] = [
  "(beautiful|gorgeous|pretty|stunning|sexy|hot|fit|peng|cute|perfect|mature|special|grown up|so grown up|more grown up|older than (she|he|i|you) (is|am|are|looks|look))",
];

/** Someone asking: "asked", "keeps asking", "wants to know". */
export const ASKING: readonly string[] = [
  "(asks|asked|asking|askin|ask|keeps asking|kept asking|wants to know|wanted to know|want to know|trying to find out|tried to find out|questions about|asking about|asked about)",
];

/** Personal details a groomer probes for: address, school, when parents are out, looks, boyfriend. */
export const PROBE_PERSONAL: readonly string[] = [
  "(address|addy|postcode|home address)",
  "where (i|she|he|you|u|they|we|my son|my daughter) (live|lives|living|stay|stays|sleep|sleeps)",
  "(what|which) school",
  "(what|which) (street|road|area|town|estate|bus stop|house number|flat number|postcode)",
  "what (my|her|his|your|ur) (house|street|road|bedroom|room|flat) (looks|is|looked)",
  "(her|his|my|your|ur) (school|school name|school uniform)",
  "(when|if|whether|what time) (my|her|his|your|ur|our|their) (parents|mum|dad|mum and dad|mom|family|carers|carer) (are|is|were|was|go|goes|get|gets|leave|leaves|will be|come|comes) (out|home|away|in|around|back|at work|going out)",
  "(when|what time) (my|her|his|your|ur|our|their) (parents|mum|dad|mum and dad|mom|family|carers|carer) (leave|leaves|go|goes|get|gets|finish|finishes|come|comes) ~ (out|home|away|work|back|in|bed|sleep|asleep)",
  "(when|if|whether) (im|i am|shes|she is|hes|he is|you are|your|ur|youre) (home alone|alone|on (my|her|his|your) own|by (myself|herself|himself|yourself))",
  "home alone",
  "(allowed out|allowed to go out|allowed to meet|allowed to leave|allowed out on (her|his|my|your) own)",
  "what (i|she|he|you|u|they) (look|looks|looked) like",
  "(if|whether|do|does) (i|she|he|you|u) (have|has|had|got|have got|has got) a (boyfriend|girlfriend|bf|gf)",
  "(if|whether) (im|i am|shes|she is|hes|he is|youre|your) (single|seeing anyone|dating)",
  "what (im|i am|shes|she is|hes|he is|your|youre|ur) wearing",
];

/** The private part of PROBE_PERSONAL: everything but which school. */
export const PROBE_PRIVATE: readonly string[] = PROBE_PERSONAL.filter((p) => !p.includes("school"));

/** Secrecy in soft words. */
export const SECRECY: readonly string[] = [
  "(keep|keeping|kept|keeps) (things|stuff|everything|it all|this all|what we have|what we do|what we talk about) (just |only |)(between us|between you and me|between me and you|between the two of us|between ourselves|between him and me|between me and him|to ourselves|private|quiet|secret)",
  "(friends|mates|family|parents|mum|dad|people|everyone|they|others|other people|other girls|other boys) (are|r|is|were|would be|will be|would just be|would only be|d be|are only|are just|are all) ~ jealous",
  "jealous (of us|of what we have|of our)",
  "(friends|mates|family|parents|mum|dad|people|everyone|they|others|other people|nobody|no one) (wouldnt|would not|wont|dont|will not|would never|will never|couldnt|could never|cant|do not|d never) (understand|get|accept) (us|what we have|our (relationship|friendship|thing|love|connection)|what this is|about us|him|her|me and him|me and her)",
];

/** Being told something ("he says", "she told me") — reported speech counts. */
export const REPORTED: readonly string[] = [
  "(he|she|they|him|her) (says|said|say|sed|sez|tells me|told me|tells her|told her|tells him|told him|keeps saying|keeps telling me|reckons|thinks|wants|wanted|makes me|made me|asks me|asked me)",
  "(says|said|sed|sez|told me|tells me|keeps saying) (we|that we|it|its|our|my|your)",
];

/** Deleting the evidence of contact. */
export const DELETE: readonly string[] = [
  "(delete|deleting|deletes|deleted|uninstall|uninstalling|uninstalls|uninstalled|wipe|wiping|clear|clearing) (whatsapp|snapchat|snap|kik|telegram|discord|instagram|wizz|signal|yubo|the app|our chat|our chats|everything)",
  "(delete|deleting|deletes|deleted|wipe|wiping|wipes|clear|clearing|uninstall|uninstalling|uninstalls|get rid of|remove|removing|hide|hiding) (the|this|that|our|your|ur|my|her|his|it|them|all|every|each) ~ (app|apps|chat|chats|messages|convo|convos|conversation|conversations|account|history|texts|snaps|call log|game)",
];
/** …after every chat, each time, so nobody sees. */
export const EVERY_TIME: readonly string[] = [
  "(after|every|each|once) (every |each |)(chat|chats|call|calls|time|convo|conversation|message|night|facetime|game|session)",
  "(after|when) (we|i) (talk|chat|speak|call|message|text|facetime|finish)",
  "so (nobody|no one|noone|your|ur|my|her|his) (mum|dad|parents|family|)(can|will|wont|cant|sees|finds|knows|see|find)",
];

/** Being at, in or outside someone's home or car (present tense: happening now). */
export const AT_THEIR_PLACE: readonly string[] = [
  "(at|outside|in|inside|near|in front of|sat in|sitting in|stuck in|locked in) (his|her|their|this|a|some|an) ~ (house|flat|place|car|van|room|bedroom|hotel|hotel room|apartment|hse|home)",
  "(at|outside|in|inside|near|in front of|sat in|sitting in|stuck in|locked in) the (house|flat|place|car|van|room|hotel room|apartment) of",
  "(at|outside|in|inside|near|in front of|sat in|sitting in|stuck in|locked in) (the|this|a|some|that) (man|guy|bloke|lad|person|stranger|adult|older (man|guy|boy|lad)) ~ (house|flat|place|car|van|room|hotel|apartment)",
  "(in|inside) (the|a|an|his|her|their) (car|van|taxi|lorry|uber|cab|minicab|truck) (with|w) (him|her|them|this guy|this man|a man|a guy|someone|some guy|the man|the guy|a stranger)",
];
/** What makes being there dangerous: control, a lure inside, not knowing where, someone from online. */
export const CONTROL: readonly string[] = [
  "(wont|doesnt|will not|isnt|not|aint|wouldnt) (let|letting) (me|her|him|us) (leave|go|out|go home|get out)",
  "(locked|locks|locking) (the|me|us|her|him) ~ (door|doors|in)",
  "(said|says|sed|told me|tells me|wants me|keeps telling me|keeps saying|is telling me|telling me|telling her|asking me|asking her|begging me|wanting me|wants her|told her|tells her) (to |)(come|get|go) (in|inside|up|upstairs|in the car|into|round)",
  "(i|she|he) (want|wants|wanna|wanted) to (go|leave|get out) (home|)",
  "(says|said|sed|told me) (i|she|he) (cant|can not|cannot|not allowed to|isnt allowed to|mustnt) (leave|go)",
  "(driving|taking|driven|taken) (me |us |her |him |)(somewhere|to somewhere|away|where) ~ (dont know|dunno|not sure|no idea|dont recognise|ive never been)",
  "(dont|do not|dunno|no idea|not sure|doesnt|does not) (know |)where (we are|we|i am|im|were|he is|hes|she is|shes|they are|theyre|i|she|he|)",
  "(met|meet|know|knew|talking to|talked to|chatting to) (him|her|them|) (online|on (snap|snapchat|insta|instagram|tiktok|discord|an app|the app|a game|roblox|fortnite|wizz|yubo|omegle|xbox|ps4|ps5))",
  "(wont|doesnt|will not|isnt) (tell|telling|say|saying) (me|her|him|us) where (were|we are|we|hes|he is|she is|shes|they are) (going|driving|taking|headed)",
  "(locked|trapped|shut) in",
  "(from|off) (online|snap|snapchat|insta|instagram|tiktok|discord|the internet|an app|the app|roblox|fortnite|a game|wizz|yubo)",
  "(touching|touched|grabbing|grabbed|feeling) (me|my|her)",
];

/** At a man's place specifically: his, a man's, this guy's. */
export const AT_HIS_PLACE: readonly string[] = [
  "(at|outside|in|inside|near|in front of|sat in|sitting in|stuck in|locked in) (his|this guys|a mans|some guys|this mans|the mans|a guys|some mans|this man|the man|a man|some man|this guy|a guy|some guy|the guy|an older|a strangers|a stranger) ~ (house|flat|place|car|van|room|bedroom|hotel|hotel room|apartment|hse)",
];
/** Fear. */
export const SCARED: readonly string[] = ["(scared|frightened|terrified|petrified|panicking|panicked|trapped|help me|please help)"];

/** Arranging to meet someone. */
export const MEET: readonly string[] = [
  "(meeting|meet|meetin|meets|seeing|see|going to see|picking me up|pick me up|picks me up|pick her up|picking her up|coming to get (me|her)|collecting (me|her)|getting picked up|meet up|meeting up)",
];
/** …soon: tonight, in an hour, in 20 minutes. */
export const SOON: readonly string[] = [
  "in (an|a|half an|like an|like half an|about an|about half an|like a|about a) (hour|hr|bit|few (mins|minutes|hours))",
  "in (like |about |around |)#1-120 (minutes|mins|min|minute|hours|hrs|hour|hr)",
  "(tonight|later|later today|after school|this evening|this afternoon|today|soon|now|right now|at the weekend|this weekend|tomorrow)",
];
/** An age lie or an age gap. */
export const AGE_LIE_OR_GAP: readonly string[] = [
  "(thinks|think|believes|told (him|her|them)|said|says|lied and said|pretending) (im|i am|shes|she is|hes|he is|i was|she was) #10-30 (but|and|n|when) (im|i am|shes|she is|hes|he is|really|actually|im actually|im really|im only|shes only|shes actually) ~ #8-17",
  "(doesnt|does not|dont|do not|didnt) (know|realise|realize) (my|her|his) (real |actual |true |)age",
  "(doesnt|does not|dont|do not|didnt) (know|realise|realize) (im|i am|shes|she is|hes|he is) (only |)#8-17",
  "(thinks|think|believes) (im|i am|shes|she is) (older|much older|an adult|grown up)",
  "(im|i am|shes|she is) (only |actually |really |)#8-17 (but|and|n|&) (he|she|they) (thinks|think|believes|reckons) (im|i am|shes|she is|i was|she was) #13-30",
  "older than (i am|she is|he is|i really am|i actually am)",
  "(lied|lie|lying|lies) about (my|her|his) age",
  "(hes|he is|shes|she is|theyre|they are|hes like|hes about) #18-80 (and|n|but|&) (im|i am|shes|she is|hes|he is|im only|shes only|im just) #8-17",
  "(im|i am|shes|she is|im only|shes only) #8-17 (and|n|but|&) (hes|he is|shes|she is|theyre|they are) #18-80",
];

/** A goodbye message: "sorry for everything", "goodbye", "love you all". */
export const GOODBYE: readonly string[] = [
  "sorry for everything",
  "(goodbye|good bye|bye forever|farewell)",
  "(love you all|love you forever|i love you (mum|dad|all|both))",
  "(left|leaving|wrote|writes) (a|her|his) (note|letter)",
  "(final|last) (message|text|post|goodbye)",
];
/** …and now they cannot be reached. */
export const UNREACHABLE: readonly string[] = [
  "(her|his|their|the|your|ur) (phone|mobile) (is |s |has been |was |been |has now been |)(now |)(off|switched off|turned off|dead|going to voicemail|goes to voicemail|going straight to voicemail)",
  "(switched|turned) (her|his|their) (phone|mobile|location) off",
  "(cant|can not|cannot|unable to|cant get|can not get|no one can|nobody can|noone can|not able to|cant seem to) (reach|contact|get hold of|get through to|find|get through to) (her|him|them|my (daughter|son|child|kid|friend|bestie|best friend|sister|brother)|our (daughter|son|child))",
  "(isnt|is not|not|wont|hasnt|has not|not been|aint|stopped) (answering|picking up|replying|responding|reading)",
  "(wont|will not|doesnt|does not|didnt|never|cant|hasnt) (answer|reply|respond|pick up|read) (her|his|my|the|)",
  "(no|not heard|havent heard|haven't heard) (answer|reply|response|from (her|him|them))",
  "(missing|gone missing|not come home|hasnt come home|didnt come home|not home yet)",
];

/** Figurative "disappear/vanish" and everyday reasons to give things away. */
const FIGURATIVE_DISAPPEAR = [
  "(disappear|vanish|disappearing|vanishing) (into|to|off|under|from|in|on|at|for (a while|a bit|the weekend|a day|a few days|a week|an hour|the summer|the holidays|a month))",
];
const EMBARRASSED = "(embarrass*|cringe|cringey|awkward|mortified|so red|blushing|humiliated)";

/**
 * Talking ABOUT a topic. The shared list treats "video for/on" as a lesson, but in these
 * rules "a video for him" is a request and "a video on snapchat" is sharing, so videos
 * count as learning only when they are "about" something.
 */
const LEARNING: readonly string[] = [
  ...LEARNING_ABOUT_IT.filter((p) => !p.includes("|video|")),
  "(talk|talks|assembly|assemblies|lesson|lessons|lecture|workshop|session|article|articles|course|training|documentary|programme|program|podcast|leaflet|poster|campaign|presentation|project|homework|essay|pshe|rshe|class) (about|on|for|around|covering)",
  "(video|videos|film|clip) (about|covering|explaining)",
];

/** Asking what to do, or a hypothetical: not a disclosure. */
export const ASKING_FOR_ADVICE: readonly string[] = [
  "tell (an adult|a teacher|a trusted adult|someone you trust|your parents|a grown up|a parent)",
  "(if|when) (someone|anyone|somebody|a stranger|strangers|people) (ever |)(asks|ask|sends|send|messages|message|threatens|shares|share|posts|offers|wants|screenshots|screenshot)",
  "what (should|do|would|can|could|to) (i|we|you|parents|a parent|do) (do|say) (if|when|about)",
  "what to do (if|when|about)",
  "(how|when) (do|should|can|could|would) (i|we|you|parents) (talk|explain|teach|bring|raise|start|approach|protect|stop|keep|tell|know|report|set)",
  "(is it|its|would it be) (normal|ok|okay|safe|appropriate|alright) (for|to|that|if)",
  "(any|some) (advice|tips|ideas)",
  "what age",
  ...LEARNING,
  "(letter|email|leaflet|newsletter|message|text) from (school|the school|her school|his school)",
  "(school|the school|her school|his school) (sent|sends|emailed|wrote|texted) ~ (letter|email|leaflet|message|newsletter|text)",
];

// ─────────────────────────────── the rules ───────────────────────────────

export const COMBINATION_RULES: readonly Rule[] = [
  // ── immediate danger ──
  {
    id: "immediate_danger.combo_at_their_place_now",
    category: "immediate_danger",
    severity: 4,
    note:
      "A young person is at, in or outside someone's house, flat or car NOW, and something is wrong: they won't let them leave, locked the door, told them to come in, driving somewhere unknown, someone from online.",
    all: [AT_THEIR_PLACE, CONTROL],
    within: "sentence",
    unless: [
      "(cant|can not|cannot|not allowed to|isnt allowed to|wont let me) (leave|go|go home) (until|till|before|without) (we|i|you|she|he) (finish|finished|win|beat|complete|eat|have|watch|tidy|clean|say)",
      "(leave|go|go home) without (dessert|pudding|dinner|tea|eating|food|a hug|cake|saying (bye|goodbye))",
    ],
    unlessInSentence: ASKING_FOR_ADVICE,
  },
  {
    id: "immediate_danger.combo_at_his_place_scared",
    category: "immediate_danger",
    severity: 4,
    note: "A young person is at, in or outside a man's house, flat or car and says they are scared or need help.",
    all: [AT_HIS_PLACE, SCARED],
    within: "sentence",
    unless: ["(scared|frightened|terrified|petrified) of (the|his|her|their) (dog|dogs|cat|spider|spiders|film|movie|dark|ghost|ghosts|horror|heights|clowns)"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(horror|scary) (film|movie|game)", "(party|birthday|sleepover) (games|game)"],
  },
  {
    id: "immediate_danger.combo_meeting_soon_age_lie",
    category: "immediate_danger",
    severity: 4,
    note: "Meeting someone soon (tonight, in an hour, in 20 minutes) with an age lie ('he thinks I'm 16 but I'm 13') or an adult–child age gap.",
    all: [MEET, SOON, AGE_LIE_OR_GAP],
    within: "message",
    unless: ["(meeting|meet|seeing|see|picking me up|pick me up|meet up with|meeting up with) (my|our) (mum|dad|parents|mam|nan|gran|grandma|grandad|cousin|brother|sister|uncle|aunt|auntie|family|stepdad|stepmum)"],
    unlessInSentence: [
      ...ASKING_FOR_ADVICE,
      "(my|our) (cousin|brother|sister|uncle|aunt|auntie|grandad|grandpa|nan|gran|grandma|stepbrother|stepsister|step brother|step sister)",
      "with (my|our) (mum|dad|parents|family|mam)",
    ],
  },
  {
    id: "immediate_danger.combo_meeting_soon_adult_and_child_ages",
    category: "immediate_danger",
    severity: 4,
    note: "Meeting someone soon, and the post gives an adult's age and a child's age in separate sentences ('Meeting him in an hour. He's 25. I'm 14.').",
    all: [
      MEET,
      SOON,
      ["(hes|he is|shes|she is|theyre|they are|hes like|hes about|said hes|says hes|hes actually|who is|whos) #18-80"],
      ["(im|i am|im only|im just|shes|she is|shes only|my daughter is|my son is) #8-15"],
    ],
    within: "message",
    unless: ["(dad|mum|mam|uncle|aunt|auntie|stepdad|stepmum|brother|sister|cousin|grandad|nan|gran|grandma) (is|s|who is|whos) #18-80"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(my|our|her|his) (dad|mum|mam|uncle|aunt|auntie|stepdad|stepmum|brother|sister|cousin|grandad|nan|gran|grandma)"],
  },
  {
    id: "immediate_danger.combo_goodbye_unreachable",
    category: "immediate_danger",
    severity: 4,
    note: "A child sent a goodbye ('sorry for everything', 'goodbye') and now cannot be reached (phone off, not answering).",
    all: [GOODBYE, UNREACHABLE],
    within: "message",
    unless: ["(said|say|saying) goodbye (to|at) (my|her|his|the|our) (old |)(school|class|teacher|friends at|team|house|grandparents|nan|gran|dog|cat)"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(because|cos|as) (shes|hes|she is|he is|theyre|they are) (at|in|on|driving|working|asleep|sleeping|busy)", "(church|mosque|synagogue|temple|cinema|theatre|concert|driving|exam|exams|test|lesson)", "(went to bed|gone to bed|goes to bed|for the night|bedtime|night night|goodnight|grounded|charging|on charge|battery|no signal|no wifi|no data|airplane mode|aeroplane mode|airport|flying|flight|plane|on holiday|abroad)"],
  },

  // ── self-harm (often a parent writing) ──
  {
    id: "self_harm.combo_no_point_living",
    category: "self_harm",
    note: "'Doesn't see the point in living (anymore)', said by the young person or reported by a parent.",
    any: [
      "(doesnt|does not|dont|do not|cant|can not|cannot|didnt|never|no longer) see (the|any|much) point (in |of |to |)(living|life|being alive|being here|going on|carrying on|existing|anything anymore|anything any more|waking up|it all)",
      "(no|not any|not much|isnt any|theres no|there is no|whats the|what is the) point (in |of |to |)(living|being alive|life anymore|being here anymore|going on|carrying on|existing|waking up)",
    ],
    unless: ["(carrying on|going on|waking up) (with|doing|at|in|for)", "(living|life) (in|at|near|on) (the past|fear|denial|regret|a|an|big|the big|this (house|town|city|country|area|flat|place|street)|london|england|the uk|the countryside|the city|the country|the middle of nowhere)"],
    unlessInSentence: LEARNING,
  },
  {
    id: "self_harm.combo_wants_to_disappear",
    category: "self_harm",
    note: "Wanting to disappear or vanish ('said she wants to disappear', 'everyone would be fine if I just disappeared'); not 'disappear into my room' or from embarrassment.",
    any: [
      "(want|wants|wanted|wanting|wanna|wish|wishes|wished|wishing|going|just want|just wants|could just|would like) to (just |)(disappear|vanish|not exist|stop existing|not be here|not wake up|never wake up|fade away)",
      "(disappear|vanish) (forever|for good|and never come back|and not come back|permanently)",
      "(wish|wishes|wished|wishing|wants|wanted|said) (i|she|he|they) (could|would|can|was able to) (just |)(disappear|vanish|not exist|stop existing|not wake up|never wake up|fade away)",
      "(if|when) (i|she|he|they) (just |)(disappeared|vanished|wasnt here|was gone|werent here|wasnt around|didnt exist)",
    ],
    unless: [...FIGURATIVE_DISAPPEAR, "(disappear|disappearing|vanish|vanishing) (messages|message|mode|chats|chat|photos|pics|snaps)"],
    unlessInSentence: [...LEARNING, EMBARRASSED, "(magic|magician|magic trick|card trick|in the game|in a game|in the film|in the book)"],
  },
  {
    id: "self_harm.combo_giving_things_away",
    category: "self_harm",
    note: "Giving away treasured belongings, or saying they won't need them: a recognised warning sign of suicide.",
    all: [
      [
        "(giving|gave|gives|give|given|handing|handed) ~ away",
        "(been|keeps|keep|started|starting|has been|is|hes been|shes been|have been|ive been) (giving|handing) ~ (to|out|away)",
        "(giving|gave|gives|give|given) (away |)(all |most of |)(her|his|my|their) ~ (things|stuff|belongings|possessions)",
      ],
      [
        "(favourite|favorite|precious|treasured|special|prized|most loved|best|beloved)",
        "(wont|will not|wouldnt|not going to|doesnt|dont|not gonna|wont be) (need|needing|be needing|want|be using|use) (them|it|these|those|anything|her things|his things|my things|any of)",
        "(all|most|most of|everything) (of |)(her|his|my|their) (things|stuff|belongings|possessions)",
        "(saying|says|said) (goodbye|bye)",
      ],
    ],
    within: "message",
    unlessInSentence: ["(too small|outgrown|grown out of|charity|charity shop|food bank|library|donate|donating|donated|car boot|jumble|sell|selling|sold|ebay|vinted|clear out|clearing out|declutter*|tidy|tidying|birthday|christmas|new baby)"],
  },

  // ── sextortion ──
  {
    id: "sextortion.combo_what_i_did_on_camera",
    category: "sextortion",
    note: "A threat to tell or show people what someone did on camera or on a call (or a recording of a call), with a demand or condition: sextortion without photo words.",
    all: [THREAT, ON_CAMERA, DEMAND],
    within: "message",
    unlessInSentence: ASKING_FOR_ADVICE,
  },
  {
    id: "sextortion.combo_recording_and_demand",
    category: "sextortion",
    note: "Someone has a recording of a call or of a young person on camera and wants money or more: sextortion.",
    all: [
      ["(has|have|got|has got|have got|kept|saved|recorded|screen recorded|screenrecorded|the)"],
      ON_CAMERA,
      DEMAND,
    ],
    within: "message",
    ordered: true,
    unlessInSentence: ASKING_FOR_ADVICE,
  },

  // ── image abuse ──
  {
    id: "image_abuse.combo_spread_without_consent",
    category: "image_abuse",
    note: "Someone's pictures, videos or private story leaked, 'got out', 'going round', passed round, airdropped or posted to a group: shared without consent.",
    all: [[...IMAGE_OF_PERSON, "(secretly|sneakily) (filmed|recorded|photographed|took)", "(filmed|recorded|photographed|videoed) (me|her|him|us|them|my (daughter|son|child|kid|friend|sister))"], SPREAD],
    within: "sentence",
    unless: [
      ...NOT_A_PERSON,
      "(got|get|gets|getting|gone|went) out of",
      "(dads|mums|grandads|nans|grans|grandmas|grandpas|uncles|aunties|parents|familys) ~ (photos|pics|pictures|videos|video|photo|pic)",
    ],
    unlessInSentence: [
      ...ASKING_FOR_ADVICE,
      "(famous|legend|proud|so happy|love it|loves it|loved it|scoring|scored|a goal|won|winning|skills)",
      "(looked|looks|look) (so |really |)(nice|good|pretty|amazing|lovely|great|gorgeous|beautiful|stunning)",
      "(round|around) the family",
  "(to|with|round|around|in) (the|my|our) (whole |entire |)family",
      "(cloud|icloud|google photos|backup|back up|synced|sync|laptop|new phone|hard drive)",
      "(family (whatsapp|group|chat|group chat)|grandparents|nan|gran|funny|hilarious|meme|proud|so happy|newsletter|yearbook|went viral|for the|launch|holiday photos|prom)",
      "(school|club|team|church|the|our|scout|scouts|brownies|guides) (website|page|instagram|insta|account|newsletter|facebook|site)",
    ],
  },
  {
    id: "image_abuse.combo_filmed_undressed_and_shared",
    category: "image_abuse",
    note: "Filmed or photographed while getting changed, in the shower, asleep or in underwear, and the picture shared or posted.",
    all: [
      [...FILMED, ...IMAGE_OF_PERSON, `(a|the|some) ${IMAGE_WORDS}`],
      UNDRESSED_STATE,
      [...SPREAD, "(posted|post|posting|uploaded|uploading|put|putting|airdropped) (it|them|em|that|this|on|in|round|around)", `(posted|posting|shared|sharing|sent round|sending round|uploaded|uploading|airdropped|airdropping|put up|putting up|forwarded|forwarding|leaked|leaking|passing round|passing around|spreading|spread) (a|an|the|some|his|her|my|their|loads of|this) ~ ${IMAGE_WORDS}`, "(on|in) (their|his|her|someones|a) (story|stories|group chat|gc|tiktok|insta|snapchat)", "being shared"],
    ],
    within: "sentence",
    unless: NOT_A_PERSON,
    unlessInSentence: [...ASKING_FOR_ADVICE, "(dog|cat|puppy|kitten|baby|pet|hamster|lol asleep|fell asleep on the sofa)"],
  },
  {
    id: "image_abuse.combo_filmed_asleep_and_shared",
    category: "image_abuse",
    note: "Filmed or photographed while asleep (at a sleepover, at a party) and the picture shared; not a brother or sister's prank photo.",
    all: [
      [...FILMED, ...IMAGE_OF_PERSON, `(a|the|some) ${IMAGE_WORDS}`],
      ["(asleep|sleeping|passed out|unconscious|drunk)"],
      [...SPREAD, "(posted|post|posting|uploaded|uploading|put|putting|airdropped) (it|them|em|that|this|on|in|round|around)", `(posted|posting|shared|sharing|sent round|sending round|uploaded|uploading|airdropped|airdropping|put up|putting up|forwarded|forwarding|leaked|leaking|passing round|passing around|spreading|spread) (a|an|the|some|his|her|my|their|loads of|this) ~ ${IMAGE_WORDS}`, "(on|in) (their|his|her|someones|a) (story|stories|group chat|gc|tiktok|insta|snapchat)", "being shared"],
    ],
    within: "sentence",
    unless: NOT_A_PERSON,
    unlessInSentence: [...ASKING_FOR_ADVICE, "(my|our|her|his) (sister|brother|sis|bro|mum|dad|nan|gran|cousin|family|grandad|grandma|auntie|aunt|uncle)", "(dog|cat|puppy|kitten|baby|pet|hamster|on the sofa|on the train|in the car|in class|in lessons|snoring)"],
  },
  {
    id: "image_abuse.combo_pressure_for_images",
    category: "image_abuse",
    note: "Pressure for pictures through an emotional lever or condition: 'if you really loved me you'd send a pic', 'prove you trust me', 'I'll break up with you if you don't'.",
    all: [LEVER, IMAGE_REQUEST],
    within: "sentence",
    unless: [...NOT_A_PERSON, "(send|sending|sends|sent|send him|send her|send me) (one|some|another|more|something) (text|texts|message|messages|msg|back|reply|letter|card|email|voice note|money|food|flowers|snack|sweets)"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(prom|dress|outfit|holiday|cat|dog|puppy|kitten|food|dinner|cake|nan|gran|grandma|grandad|homework|exam)"],
  },

  // ── grooming ──
  {
    id: "grooming.combo_adult_probing",
    category: "grooming",
    note: "An adult by age ('a grown man', 'in his 30s', 'turned out to be 35') asking a child for their address, school, when parents are out, what they look like, or whether they have a boyfriend.",
    all: [ADULT_BY_AGE, ASKING, PROBE_PERSONAL],
    within: "sentence",
    unless: [
      "(dad|mum|mam|uncle|aunt|auntie|stepdad|stepmum|brother|sister|cousin|grandad|nan|gran|grandma|husband|wife|partner) (is|s|who is|whos) #18-80",
      "(schools|school|the schools|shops|shop|office|church|club|work|company) address",
      "#18-80 (year old|years old|yo) (dad|mum|mam|uncle|aunt|auntie|stepdad|stepmum|brother|sister|cousin|grandad|nan|gran|grandma|husband|wife|partner|teacher|neighbour|youtuber|streamer)",
      "(asked|asks|asking) (his|her|their) (fans|followers|viewers|audience|subscribers|chat)",
    ],
    unlessInSentence: [
      ...ASKING_FOR_ADVICE,
      "(deliver*|parcel|council|doctor|doctors|dentist|police|the bank|postman|plumber|taxi|order|form|forms|parents evening|school trip|application|register|registration|census|survey|uniform shop|grandparents|nan|gran|grandma)",
    ],
  },
  {
    id: "grooming.combo_role_adult_probing",
    category: "grooming",
    note: "A teacher, coach or tutor asking a child where they live, when their parents are out, what they look like, or whether they have a boyfriend (asking about school is part of their job, so not here).",
    all: [ADULT_BY_ROLE, ASKING, PROBE_PRIVATE],
    within: "sentence",
    unlessInSentence: [
      ...ASKING_FOR_ADVICE,
      "(leaflet|leaflets|deliver|delivering|catchment|parcel|parcels|delivery|post|package|parents evening|school trip|permission|consent form|form|forms|register|registration|pick up|pickup|lift|lifts|away|match|fixture|tournament|training|kit|card|invite|invitation|home time|collect*|homework|revision|exam|in front of|whole class|the class|everyone)",
    ],
  },
  {
    id: "grooming.combo_adult_contact_at_night_or_flattery",
    category: "grooming",
    note: "An adult (teacher, coach, tutor, a grown man, someone in their 30s) messaging a child late at night or with flattery ('beautiful', 'mature', 'special').",
    all: [ADULT, CONTACTS_A_CHILD, [...AT_NIGHT, ...FLATTERY]],
    within: "sentence",
    unlessInSentence: [
      ...ASKING_FOR_ADVICE,
      "(homework|lesson|lessons|class|the class|the team|team|training|practice|session|sessions|fixtures|kick off|kickoff|match|revision|coursework|exam|exams|school report|parents evening|grades|rehearsal|practice|kit|timetable|everyone|the group|group chat|us all|all of us)",
    ],
  },
  {
    id: "grooming.combo_soft_secrecy",
    category: "grooming",
    note: "Secrecy in soft words, told to a young person: 'keep things between us', 'our friends are just jealous', 'your friends wouldn't understand us'.",
    all: [REPORTED, SECRECY],
    within: "sentence",
    unless: ["(mum|dad|mam|nan|gran|parents|sister|brother|teacher|friend|bestie|bff) (said|says|told me|tells me|reckons|thinks)"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(surprise|present|presents|party|birthday|christmas|secret santa|crush|fancy|fancies|tactics|trainers|shoes|clothes|phone|grades|results|music)"],
  },
  {
    id: "grooming.combo_soft_secrecy_direct",
    category: "grooming",
    note: "'Keep things between us' and 'they're just jealous of what we have' without a 'he said': still the language of secret trust.",
    any: [
      "(keep|keeping) (things|stuff|everything|it all|what we have) (just |only |)(between us|between you and me|between me and you|between the two of us|between ourselves)",
      "jealous (of us|of what we have|of our (relationship|friendship|thing|love|connection))",
      "(wouldnt|would not|wont|dont|will never|would never|couldnt|could never) (understand|get|accept) (us|what we have|our (relationship|friendship|thing|love|connection))",
    ],
    unless: ["(keep|keeping) (it|this|things) between (us|you and me) (but|though|tho|i|im|ive|my|lol)"],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(bestie|besties|best friend|best friends|bff|bffs|best mate|bestfriend|twin|sister|brother)", "(surprise|present|presents|party|birthday|christmas|secret santa|crush|fancy|fancies|tactics|match|exam)"],
  },
  {
    id: "grooming.combo_delete_after_every_chat",
    category: "grooming",
    note: "Deleting the app, chats or history after every chat, or so nobody sees: hiding contact.",
    all: [
      ["(he|she|they|him|her|them|we|i|im|us|makes|made|wants|told|tells|asks|asked|have to|has to|got to|supposed to|should)"],
      DELETE,
      EVERY_TIME,
    ],
    within: 8,
    unlessInSentence: [...ASKING_FOR_ADVICE, "(storage|space|memory|full|battery|update|updates|screen time|too much time|addicted|procrastinat*|revision|exams|detox|if you want|advertisers|ads|tracking|data)"],
  },

  // ── abuse disclosure ──
  {
    id: "abuse_disclosure.combo_watches_undressing",
    category: "abuse_disclosure",
    note: "An adult or family member watching a child get dressed, shower or change, or coming into the bathroom while they do.",
    all: [
      RELATIVE_OR_ADULT,
      [
        "(watches|watched|watching|watch|stares|staring|stared|stare|looks at|looking at|looked at|peeps|peeping|peeped|perving|perves|films|filming|filmed|spies|spying)",
        "(walks|walking|walked|comes|coming|came|barges|barging|barged|keeps walking|keeps coming) (in|into|in to)",
        "(comes|coming|came|walks|walking|walked|barges|goes|going) (into|in to|in) (the|my|her|his) (bathroom|shower|room|bedroom) (when|while|whilst|as)",
        "(comes|came|coming|gets|got|getting|climbs|climbed|climbing|keeps coming|keeps getting) (in|into) (the|my|her|his) (shower|bath|bed) with (me|her|him)",
      ],
      [
        "(when|while|whilst|as|if) (im|i am|shes|she is|hes|he is|were|we are|i|she|he|they|theyre|my (daughter|son)) ~ (changing|changin|(getting|gettin) (changed|dressed|undressed|naked|in the shower|in the bath|out of the shower|out of the bath)|in the shower|in the bath|showering|having a shower|having a bath|naked|undressed|undressing|dressed|changed|change|changes|shower|showers|bath|baths|in the toilet|on the toilet|in my towel|in a towel)",
        "(shower|bath|bed) with (me|her|him)",
        "(me|her|him|us|them|the (girls|boys|kids|children|players|swimmers)) (get|gets|getting|gettin|change|changing|changin|shower|showering|showers|undress|undressing|in the shower|in the showers|in the bath|bathe|bathing|naked|in the changing room|in the changing rooms)",
      ],
    ],
    within: "sentence",
    unless: [
      "(watch|watches|watching|watched|looks at|looking at) (me|her|him|us) (play|playing|swim|swimming|dance|dancing|perform|race|run|train)",
      "(little|baby|younger|small|toddler|twin|5 year old|four year old|five year old) (brother|bro|cousin|sister)",
    ],
    unlessInSentence: [...ASKING_FOR_ADVICE, "(by accident|accidentally|didnt mean|forgot to lock|forgot to knock|didnt knock|nappy|nappies|baby|toddler|tv|telly|film|movie|football|match|game|youtube|netflix)"],
  },
  {
    id: "abuse_disclosure.combo_says_or_does_things",
    category: "abuse_disclosure",
    note: "An adult or family member who 'says weird things to me', 'says weird things about my body' or 'does stuff to me'.",
    all: [
      RELATIVE_OR_ADULT,
      [
        "(says|said|saying|keeps saying|sayin|sez|sed|makes|made|does|did|keeps doing|doing|do|texts|sends|sent|sending) (weird|strange|creepy|gross|rude|bad|sexual|nasty|inappropriate|dirty|odd|uncomfortable|horrible) (things|stuff|comments|messages|texts) (to|about) (me|her|him)",
        "(weird|strange|creepy|gross|rude|sexual|nasty|inappropriate|dirty) (things|stuff|comments) about (my|her|his) (body|boobs|chest|bum|legs|figure|bits)",
        "(does|did|doing|keeps doing|do|done) (stuff|things) to (me|her|him|my (daughter|son|child|sister|brother))",
        "(says|said|saying|keeps saying|sayin|sed) (weird|strange|creepy|gross|rude|sexual|nasty|inappropriate|dirty) (things|stuff|comments) (when|while|whilst) (were|we are|im|i am|shes|hes|she is|he is|no one|nobody|my mum|mum|her mum|his mum|(my|her|his) (mums|mum|dad|parents) (is|are|s|)) ~ (alone|out|away|asleep|at work|not (home|there|around))",
      ],
    ],
    within: 8,
    unlessInSentence: [...ASKING_FOR_ADVICE, "(to annoy|annoy|annoying|wind me up|winds me up|prank|pranks|jokes|joke|lol|haha|funny|tickle|tickles)"],
  },
];
