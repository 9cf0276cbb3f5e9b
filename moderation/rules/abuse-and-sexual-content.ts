/**
 * Abuse disclosure (severity 3): telling of sexual or physical abuse, online or
 * offline, by anyone (family, a partner's boyfriend, a coach, a tutor, a peer).
 * Sexual content (severity 3): sexual content about or aimed at a child that is
 * not one of the above.
 */
import type { Rule } from "./rule.ts";
import { ACCIDENTAL_INJURY, LEARNING_ABOUT_IT } from "./exceptions.ts";

const BODY = "(leg|legs|thigh|thighs|chest|boobs|breasts|bum|butt|bottom|privates|private parts|private area|body|crotch|penis|vagina|willy|bits|down there|under my clothes|inside my clothes|skirt|boob)";
const SOMEONE =
  "(he|she|they|him|her|them|dad|mum|stepdad|step dad|stepmum|step mum|father|mother|brother|sister|uncle|aunt|auntie|grandad|granddad|nan|gran|grandpa|grandma|partner|boyfriend|girlfriend|teacher|coach|carer|foster|tutor|cousin|ex|mate|friend|man|someone|somebody|people|kids|boys|girls|lads|mums boyfriend|mums partner|dads girlfriend|dads partner|stepbrother|stepsister|neighbour|bf|gf|priest|leader|instructor|stepfather|stepmother|step father|step mother|mums husband|dads wife|foster dad|foster mum|carer|carers|guardian|parent|parents)";

export const ABUSE_DISCLOSURE_RULES: readonly Rule[] = [
  {
    id: "abuse_disclosure.sexual",
    category: "abuse_disclosure",
    note: "Unwanted touching, being made to do sexual things, rape or sexual assault.",
    any: [
      `(touched|touches|touching|touch|groped|gropes|groping|grope|fondled|fondles|fondling|rubbed|rubs|rubbing|grabbed|grabs|grabbing) (me|my ${BODY}|her ${BODY}|his ${BODY}|me up|me inappropriately|me down there)`,
      `(touched|touches|touching) (him|her|them|me) (inappropriately|down there|when|while|at night|in bed|sexually|in a sexual way|in places|where)`,
      "(has been|been|keeps|kept|is|was|were|started|starts) (touching|groping|fondling|kissing|feeling up) (her|him|me|them|my)",
      "(kissed|kisses|kissing) me (and|then|when|but) ~ (not to tell|dont tell|secret|said|told)",
      "(made|makes|make|forced|forces|force|forcing|making|tried to make|pressured|pressures|pressuring) (me|him|her) (to |into |)(touch|do (things|stuff|sexual things)|watch (porn|videos|him)|do (sexual|rude|weird|dirty|sex) (stuff|things)|undress|take (my|off my|off her|off his) clothes|suck|kiss (him|her)|have sex|sleep with|lie on|sit on (his|her) (lap|knee))",
      "(raped|rape|rapes|raping|rapist)",
      "sexually (abused|assaulted|abusing|assaulting|touched|harassed)",
      "(been|was|is|being|acting|acted|gets|got) inappropriate (with|towards|around|to) (him|her|me|them|my)",
      "(forced|forces|forcing|pushed) (himself|herself) (on|onto) (me|her|him)",
      "(hits|beats|slaps|punches|kicks|hurts|chokes|hit|beat|slapped|punched|kicked|hurt) (me|us) (if|when|whenever|every time|because) (i|we)",
      "(makes|made|make|forces|forced|wants|wanted) (me|her|him) ~ (bath|baths|shower|showers|sleep|bed|lie down) with (him|her|them)",
      // "Games" are how abusers make touching seem normal to a child.
      "(touching|tickling|special|secret|naughty|grown up|doctor|doctors) (game|games)",
      "(get|gets|got|getting|climb|climbs|climbed|climbing|tries to get|tried to get|try to get) (in|into) (bed|my bed|her bed|his bed) with (me|her|him)",
      // An adult sending a child pictures of themselves undressed.
      "(sends|sent|sending|send|shows|showed|showing|keeps sending) (me|her|him|my (son|daughter|child)) (snapchats|snaps|pics|photos|pictures|videos|selfies|vids) (of (himself|herself|themselves) |)(in (his|her|their) (boxers|underwear|pants|bra|knickers)|naked|with no (clothes|top|shirt)|topless|shirtless|in bed)",
      "(makes|made|make|forces|forced|wants) (me|her|him) (sleep|lie|get|stay) (in|into) (his|her|their) bed",
      "(take|have|share|sharing|takes|has) (a |)(bath|baths|shower|showers) with (him|her|me|my (stepdad|dad|uncle|mums boyfriend))",
      "(tried to|tries to|trying to|keeps trying to|wants to|wanted to) (get in|get into|come in|come into|climb into|climb in) (the|my) (shower|bath|bed) with me",
      "(rubbed|rubbing|rubs|pressed|pressing|grinding|grinded) (himself |herself |up |)(against|up against|on|into) (me|her|him|my)",
      "(pressured|pressuring|pressures|forced|forcing|made|guilt tripped|coerced|pushed) (me|her|him) (into|to have|to do|into having|into doing) (sex|sexual|it|stuff|things|doing (it|stuff|things)|having sex)",
      "(comes|came|coming|walks|walked|walking|keeps coming|keeps walking|barges|barged) (in|into) (the|my|her|his) (bathroom|shower|bedroom|room|toilet) (when|while) (im|i am|i was|shes|hes|she is|he is)",
      "(puts|put|putting|rests|resting|keeps putting|placed|places|slid|slides) (his|her|their) (hand|hands) (on|up|inside|under|down) (my|her|his) (thigh|thighs|leg|legs|bum|chest|boobs|skirt|shorts|top|trousers|pants|privates|crotch)",
      "(showed|shows|showing|flashed|exposed) (me|us|her|him) (his|her) (privates|private parts|willy|penis|dick|bits|body)",
      "(molest*|abused me|abusing me|abuses me|assaulted me|abused (her|him)|been abused|being abused|was abused|were abused)",
      "(abusing|abused|abuses|abuse|molesting|molested|grooming|groomed) (her|him|them|me|my (son|daughter|child|sister|brother|friend))",
      "(come|comes|came|coming|walk|walks|walked|walking) (in|into) (the|my|her|his) (bathroom|bedroom|room|shower) (when|while|whilst) (i was|im|i am|she was|he was|shes|hes) (in the bath|in the shower|getting changed|changing|naked|undressed|asleep|sleeping|in bed|getting dressed)",
      "(pins|pinned|pinning|holds|held|holding) (me|her|him) down",
      "(walks|walking|walked|wanders|goes) (around|about|round) (naked|with no clothes on|nude) (and|,) (makes|made|tells|told|wants) (me|her|him|us) (look|to look|watch)",
      "(rubs|rubbed|rubbing|strokes|stroked|stroking|touches|touched|touching) (my|her|his) (back|leg|legs|thigh|thighs|tummy|stomach|chest|bum) (under|inside|beneath) (my|her|his) (top|clothes|shirt|pyjamas|skirt|dress|trousers)",
      "(tells|told|makes|made|asks|asked) (me|her|him) (to |)(sit|lie|lay) on (his|her|their) bed",
      "(leave|leaves|left|leaving) (me|her|him|us) (alone |on my own |)(for days|overnight|all weekend|for a week) (without|with no) (food|money|anyone)",
      "(holds|held|holding|points|pointed|pointing|pulls|pulled|waves|waved) (a |the |his |her |)(knife|blade|gun|scissors) (to|at) (me|her|him|us|my (throat|neck))",
      "(wont|will not|doesnt|does not|dont|do not|never) (let|lets|allow) (me|her|him|us) (eat|have food|have dinner|have tea|have meals) (if|when|unless|as punishment|for days)",
      "(starves|starved|starving) (me|her|him|us) (as punishment|when|if|for)",
      "(follows|following|followed|keeps following|comes|coming|came|walks|walked) (me|her|him|us) (in|into) (the|a) (changing room|changing rooms|toilets|toilet|showers|shower|bathroom|cubicle)",
      "(made|makes|make|making|forced|forces|showed|shows|show|showing) (me|her|him|us) (to |)(watch|look at|see) ~ (sex|porn|porno|naked people|people doing (sex|it|stuff|sex stuff)|adult (film|video|films|videos)|dirty (films|videos))",
      "(asks|asked|asking|makes|made|making|wants|wanted|tells|told|gets|got) (me|her|him|us) (to |)(sit|sitting) on (his|her) (knee|knees|lap)",
      "(being|been|was|is|were|are) (physically|sexually|emotionally) (abused|hurt|harmed|assaulted|mistreated)",
      "(make|makes|made|making|force|forces|forced|forcing|get|gets|got) (the younger ones|the younger (kids|boys|girls|children)|younger (kids|boys|girls|ones|children)|the little ones|the kids|them|us|the girls|the boys) (to |)(do|doing) (sexual|rude|dirty|sex|weird sexual) (stuff|things|acts)",
      "(keep|keeping|kept) (secrets|it secret|quiet|it quiet) about (what|the things|the stuff) (he|she|they) (does|did|do|makes me do|made me do)",
      "(what|the things|the stuff) (he|she|they) (does|did|do) to (me|her|him) (at night|when|in|and|is|was|makes|feels|hurts)",
      "(comes|came|coming|gets|got|creeps|sneaks|climbs) (into|in) (my|our|her|his) (room|bed|bedroom) (at night|when|while|every night|and)",
      "(sleeps|gets|got|climbs|climbed) (in|into) (my|our|her|his) bed",
      "(tried|tries|trying|keeps trying|keeps) to (get me alone|get her alone|get him alone|kiss me|touch me|get into my bed|get in my bed|take my clothes off)",
      "(doing|did|does|done|been doing|has been doing) (something|things|stuff|bad things|weird things) to (me|him|her|them)",
      "(inappropriate|weird|sexual) (touching|things|stuff|messages|photos) (from|by|with)",
      "(showed|shows|shown|sent|sends|showing) (me|him|her) (porn|his (dick|penis|privates|willy)|himself naked|dick pics|her body|naked pictures)",
      "(exposed|flashed) (himself|herself) to",
      "(watches|watched|watching) me (get changed|getting changed|shower|in the shower|undress|sleep)",
      "(watches|watched|watching|stares at|stared at|looks at|looking at|peeks at|spies on) (me|her|him) (when|while|whilst) (im|i am|i was|shes|hes|she is|he is) (getting dressed|dressing|changing|getting changed|in the shower|in the bath|undressed|sleeping|asleep|showering)",
      "(walks|walked|comes|came) in (on me |)(when|while) (im|i was|i am) (changing|in the shower|getting changed|in the bath)",
    ],
    unless: [
      "(touched|touches|touching) (my|me) (heart|soul)",
      "(really|so|deeply) (touched|touching)",
    ],
    unlessInSentence: [
      ...LEARNING_ABOUT_IT,
      "(song|film|movie|story|book|speech|words|message|poem|gesture|card|letter|kindness|video|episode|scene|ending) ~ (touched|touching)",
    "(to|so (he|she) can) (steal|borrow|grab|nick) (my|the|a|his|her)", "to (do my hair|say goodbye|say good night|say goodnight|say bye|wake me up for school|check on me)", "(my|the|our) (dog|cat|puppy|kitten|hamster|parrot|pet|budgie)", "(brushing my teeth|doing my hair|washing my hands|getting my toothbrush)"],
  },
  {
    id: "abuse_disclosure.made_to_undress",
    category: "abuse_disclosure",
    note: "An adult making children undress, change or shower in front of them.",
    any: ["(makes|made|make|making|forces|forced|tells|told|gets|got) (me|us|her|him|them|the girls|the boys|the kids) (to |)(get changed|change|undress|strip|shower|get undressed|get naked|take (our|my|her|his|their) (clothes|tops|shirts) off) (in front of|while|with) (him|her|them|him watching|her watching|them watching)"],
  },
  {
    id: "abuse_disclosure.marks_and_fear",
    category: "abuse_disclosure",
    note: "Unexplained injuries together with fear of an adult at home.",
    all: [
      ["(bruises|bruised|marks|injuries|cuts|burns|black eye)"],
      ["(frightened|scared|terrified|afraid) of (her|his|my|their) (father|dad|stepdad|stepfather|mother|mum|stepmum|stepmother|uncle|brother|mums (boyfriend|partner)|dads (girlfriend|partner)|ex)"],
    ],
    within: "message",
    unless: ACCIDENTAL_INJURY,
  },
  {
    id: "abuse_disclosure.told_its_normal",
    category: "abuse_disclosure",
    note: "Physical contact a child is told is 'normal', 'fine' or 'our secret': what abusers say to make it seem ordinary.",
    all: [
      ["(kisses|kissed|kissing|touches|touched|touching|cuddles|cuddled|strokes|stroked|rubs|rubbed|lies on|lay on|gets in bed with|sleeps in my bed|baths with|showers with) (me|her|him)"],
      ["(tells|told|says|said|saying|telling|keeps saying) (me |her |him |)(its|it is|this is|thats|that is) (normal|ok|okay|fine|allowed|what (friends|grown ups|adults|families|uncles|dads) do|our secret|a secret|our little secret)"],
    ],
    within: "sentence",
    ordered: true,
  },
  {
    id: "abuse_disclosure.physical",
    category: "abuse_disclosure",
    note: "Being hit, beaten, choked, locked in or starved by someone.",
    all: [
      [SOMEONE],
      [
        "(hits|hit|beats|beat|beating|beaten|punches|punched|punch|punching|slaps|slapped|slapping|kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|throws|threw|burns|burned|whips|whipped|hurts|hurt|hurting|smacks|smacked|batters|battered|attacks|attacked|shoved|shoves|pushes|pushed|drags|dragged|bruised|bites|bit) (me|us|my (mum|mom|sister|brother|face|head|arm|arms)|her|him|them)",
        "(locks|locked|lock) (me|us|her|him) (in|out|up|outside)",
        "(throws|threw|throwing|chucks|chucked) (things|stuff|plates|objects|a plate|a chair|a bottle) at (me|us|her|him)",
        "(says|said|threatens|threatened|threatening) (hell|he will|shell|she will|to|theyll|they will) (kill|hurt|beat|hit|batter|stab) (me|us|my)",
        "(starves|starved|starving) (me|us|her|him)",
        "(leaves|left) (me |her |him |)(with |)(bruises|marks|black eyes|a black eye)",
        "(bruises|marks|a black eye) (from|because of) (him|her|them|my)",
      ],
    ],
    within: 5,
    ordered: true,
    unless: [
      "(beats|beat|beaten|beating) (me|us|him|her|them) (at|in|to|on|every time at)",
      "(hurts|hurt) (me|us) (to|so much|emotionally|deeply|more|feelings|the most)",
      "(hit|hits) (me|us) (up|like|that|back)",
      "(hit|hits) (me|us) with (a|the|this|that|his|her) (snowball|pillow|cushion|ball|question|fact|facts|joke|news|truth|reality|bombshell|song|compliment)",
      "(it|this|that|reality|truth|news|song|film) ~ (hit|hits) (me|us) hard",
      "(it|this|that|ball|car|door|wave|reality|song|realisation|truth) ~ (hit|hits|hurt|hurts)",
      "(kicked|kicks) (me|him|her|us) (out of|off) (the|a|our|my) (group|gc|chat|game|team|server|lobby|call)",
      "(threw|throws) (me|us|him|her) (a|the) (party|ball|surprise)",
      "(pushed|pushes|pushing) (me|us) (to|into) (do|be|try|work|revise|study)",
    ],
    unlessInSentence: ["(fifa|fortnite|minecraft|boxing|karate|judo|kickboxing|taekwondo|sparring|wrestling|mma|pillow|snowball|water fight|tickle|play fight|playfight|joking|banter|accidentally|by accident|ball|cushion|dodgeball)"],
  },
  {
    id: "abuse_disclosure.scared_of_someone_at_home",
    category: "abuse_disclosure",
    note: "Fear of going home or of a family member.",
    any: [
      "(scared|afraid|terrified|frightened) (of|to go|to be) (home|at home|going home|my (dad|mum|stepdad|step dad|stepmum|step mum|uncle|brother|carer|foster carer|mums boyfriend|mums partner|dads girlfriend|dads partner|grandad|partner|boyfriend))",
      "(dont|do not) (want|wanna) to go home (tonight|because|cos|he|she)",
      "(scared|afraid|terrified) (of|about) what (he|she|they) (will|might|ll) do (to me|when i get home|if)",
      "(terrified|scared|frightened) (of|about) (his|her|their|my) (lessons|tutor|coach|sessions|training|practice)",
    ],
  },
];

export const SEXUAL_CONTENT_RULES: readonly Rule[] = [
  {
    id: "sexual_content.explicit_towards_someone",
    category: "sexual_content",
    note: "Explicit sexual talk aimed at someone: 'what would you do to me', sexual roleplay.",
    any: [
      "(suck|lick|touch|rub|grab|feel) my (dick|cock|penis|balls|tits|boobs|pussy|willy|bits)",
      "(sends|sent|sending|keeps sending|shows|showed|showing) (me|her|him|my (son|daughter|child)) (pictures|pics|photos|images|videos) of (mens|a mans|his|mans|boys|mens private|peoples) (genitals|privates|private parts|penis|penises|willy|dick|dicks|bits)",
      "(sends|sent|sending|keeps sending|tells|told|telling|keeps telling) (me|her|him|my (son|daughter)) (sexual|sex|dirty|rude|naughty|x rated) (jokes|messages|texts|stories|memes|voice notes)",
      "(talks|talked|talking|chats|chatted|messages|messaged|texts|asks|asked|keeps asking) (to me |me |her |him |)about (sex|sexual (things|stuff)|porn|his body|her body|my body|what (hed|he would|shed|she would|he wants to|she wants to) do to (me|her|him))",
      "(want|wanna|going to|gonna|let me|i will|ill|id|would) (fuck|shag|bang|screw|have sex with|sleep with|lick|finger|bone|rail|smash) (you|her|him)",
      "(want|wanna|wants|wanted|going to|gonna|lets|let us) (to |)(have sex|hook up|get naked|get nasty|fool around|sleep with|shag) (with|tonight|at|when|in|)",
      "(let|letting|lets) (him|her|them) do to (me|you|her)",
      "what (id|i would|youd|you would|shed|she would) let (him|her|me|them) do",
      "(talks|talking|talked|comments|commenting|commented|messages|messaging|says things|said things) about (my|your|her|his) (body|boobs|bum|chest|legs|figure) (in a (sexual|dirty|rude|weird|creepy) way|sexually)",
      "(sex|sexual|dirty|naughty|spicy) (chat|chats|talk|roleplay|rp|games|game|things|stuff) (with|to|for)",
      "(horny|wet|hard) (for (you|me)|thinking about (you|me)|right now|rn)",
      "make (you|me) (moan|cum|wet|hard|horny)",
      "send (me |)(something|anything|smth) (dirty|naughty|sexy|spicy|nsfw)",
      "🍆 (🍑|💦|👅)",
      "(🍑|💦|👅) 🍆",
      "(what|wat) would (you|u) do to (me|my body)",
      "talk dirty",
      "(pictures|pics|photos|pic|picture|photo|videos|video) of (his|her) (dick|penis|willy|privates|cock|bits|private parts|junk)",
      "(asking|asks|asked|ask|sending|sends|sent|says|saying|talking about|talks about|keeps asking) (me |)(sexual|sex|dirty|rude|naughty|inappropriate|explicit) (questions|things|stuff|messages|comments|texts|pictures)",
      "(what|things|stuff) (he|she|they|i|id|hed) (wants|want|would|d|will|wanted) (to |)(do|like to do) to (me|you|my body|her|him)",
      "what (i|you|u) (like|do|would do) in bed",
      "(if|whether) (im|i am|your|youre|you are|ur) (a virgin|still a virgin)",
      "(your|my|her) (body|boobs|bum|ass|legs) (is|are|look|looks) (so |)(hot|sexy|fit|peng)",
      "(you|your|she|shes|he|hes) (are |look |looks |)(so |)sexy",
      "(porn|porno|pornhub|onlyfans|only fans|xxx videos|xvideos|xhamster)",
      "(orgasm|ejaculat*|masturbat*|wanking|jerk off|jerking off|blowjob|blow job|handjob|hand job)",
    ],
    unlessInSentence: LEARNING_ABOUT_IT,
  },
];
