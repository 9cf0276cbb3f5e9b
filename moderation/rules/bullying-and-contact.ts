/**
 * Bullying (severity 2): harassment, threats and hate aimed at a person,
 * including other forum users, and bullying reported by the person it targets.
 * Bullying that urges self-harm ("kys", "you should die") is severity 3.
 * Contact seeking (severity 2): moving the conversation off Harbour.
 */
import type { Rule } from "./rule.ts";
import { FIGURATIVE_VIOLENCE, GAMES_AND_SPORT } from "./exceptions.ts";

const INSULTS =
  "(loser|losers|ugly|fat|fatty|pathetic|freak|freaks|weirdo|idiot|stupid|retard|retarded|slag|slut|whore|bitch|cunt|twat|dickhead|prick|wanker|knobhead|skank|pig|disgusting|worthless|useless|a waste of space|waste of space|waste of oxygen|gross|dumb|moron|tramp|scrubber|smelly|minger|minging|butters|paedo|nonce|lesbo|faggot|tranny|psycho|attention seeker|attention seeking|nobody|a nobody|a mistake|a joke|an embarrassment|hideous|vile|scum|trash|rubbish person|fake|emo freak|sket|hoe|thot|melt|mong|spastic|spaz)";

export const BULLYING_RULES: readonly Rule[] = [
  {
    id: "bullying.urging_self_harm",
    category: "bullying",
    severity: 3,
    note: "Telling someone to kill or hurt themselves (kys), or that they should die: severity 3.",
    any: [
      "kill (yourself|urself|yourselves|ya self)",
      "(should have|shouldve|should of) (drowned|killed|aborted|strangled) (you|u|her|him) (at birth|when (you|u) (were|was) born|as a baby)",
      "(nobody|no one|noone) (would|will|is going to|gonna) (cry|come|care|turn up) (at|to|about) (your|ur) (funeral|grave|death)",
      "(end|unalive|off) (yourself|urself|ya self|your self)",
      "(do|doing) (everyone|us all|the world|us|yourself|urself) a favour (and|&|n) (die|kill (yourself|urself)|kys|disappear|jump|end it)",
      "(doing|do) (everyone|us all|the world|us) a favour (if|by) (you|u) (died|die|killed (yourself|urself)|disappeared|jumped|ended it|were gone)",
      "(better off|happier|a better place) if (you|u|she|he) (just |)(died|were dead|was dead|killed (yourself|urself|herself|himself)|werent here|wasnt here|didnt exist|were gone|was gone)",
      "(go|just|pls|please|should) (die|kill yourself|hang yourself|jump off a bridge|jump off a cliff|drink bleach|unalive yourself)",
      "(you|she|he|they) (should|need to|ought to|deserve to) (just |)(die|kill yourself|kill themselves|kill herself|kill himself|hang yourself|unalive|end it|not exist|drink bleach|cut yourself|be dead)",
      "(nobody|no one|noone) (would|will|is going to) (care|miss you|notice|cry) (if|when) (you|u) (died|die|were dead|was dead|killed yourself|disappeared)",
      "(the world|everyone|everybody|we) (would be|will be|is|are) better (off |)without (you|u)",
      "(neck|unalive|rope) yourself",
      "(hope|wish) (you|u) (die|died|get cancer|get hit by a|were dead|would die|drop dead)",
      "drop dead",
      "(go|just go|pls go|please go) and (die|kill yourself|hang yourself|jump off (a|the) (bridge|cliff))",
    ],
    unless: FIGURATIVE_VIOLENCE,
  },
  {
    id: "bullying.reported_urging_self_harm",
    category: "bullying",
    severity: 3,
    note: "Reported: 'everyone says i should die'.",
    all: [
      ["(says|say|said|saying|tell me|told me|telling me|tells me|think|thinks|thought|wrote|posted|messaged|commented)"],
      ["(i|im|i am|i was) (should|should just|need to|ought to|deserve to) (die|kill myself|unalive|disappear|not exist|not be alive|be dead|end it|cut myself|hang myself)"],
    ],
    within: 4,
    ordered: true,
    unless: FIGURATIVE_VIOLENCE,
  },
  {
    id: "bullying.insult",
    category: "bullying",
    note: "Insults aimed at someone, said to them or reported by the person targeted.",
    all: [
      [
        "(you|your|ur|u|youre|hes|he is|shes|she is|theyre|they are|you are|ur such|you look|u look|ur so|your so|your such|youre such)",
        "(called|calls|call|calling|name|names) (me|her|him|them|us) (a |an |)",
        "(said|says|say|saying|think|thinks|told me|tells me|telling me|keep saying|keeps saying) (im|i am|i was|i look|im so|im a|im an)",
      ],
      [INSULTS],
    ],
    within: 3,
    ordered: true,
    unlessInSentence: ["(just joking|only joking|joking|banter|as a joke|just being annoying|jk|only messing|just messing)"],
    unless: [
      "(not|arent|isnt|aint|never|no|wasnt|werent) ~ (ugly|fat|stupid|a loser|pathetic|worthless|useless|disgusting|an idiot|dumb|gross|a nobody|a mistake|a joke|weird|a freak)",
      "(feel|feels|felt|feeling) (so |really |)(ugly|fat|stupid|useless|worthless|pathetic|gross|disgusting|dumb)",
      "(you|u) (are |)not (the |)(only|alone)",
    ],
  },
  {
    id: "bullying.hate_aimed_at_someone",
    category: "bullying",
    note: "Hatred and hostility aimed at a person.",
    any: [
      "(ur|your|you are|youre) dead (at|after|tomorrow|on monday|after school|when i see you|when i find you)",
      "(ur|your) (mum|mam|mom|dad|sister|brother|nan|family) (is|s|are) (a |an |)(slag|slut|whore|hoe|bitch|cow|tramp|skank|joke|disgrace)",
      "(everyone|everybody|all of us|the whole (class|school|year)) (hates|hate|despises) (you|u|her|him|them|me)",
      "(everyone|everybody|people|the whole (class|school|year)|we all|they all) (laughs|laugh|is laughing|are laughing|talks|talk) (at|about) (you|u|her|him) (behind (your|her|his) back|)",
      "(nobody|no one|noone) (likes|loves|wants|cares about|will ever love|will ever like) (you|u)",
      "(i|we) (hate|despise|cant stand) (you|u) (so much|all|loads|with a passion|)",
      "(fuck|f off|fuck off|piss off|sod off|get lost|go away|screw) (you|u|off)",
      "(you|u|your) (are |)(such a |a |)(waste of (space|air|oxygen)|disgrace|embarrassment to)",
    ],
  },
  {
    id: "bullying.hate_and_harassment",
    category: "bullying",
    note: "Hostility reported by the person targeted.",
    any: [
      "(they|people|everyone|kids|girls|boys|some|he|she|them|year #7-13s) (bully|bullies|bullied|harass|harasses|harassed|pick on|picks on|torment|torments) (me|us|her|him|my (son|daughter|child))",
      "(spreading|spread|spreads) (rumours|rumors|lies) about (me|her|him|my)",
      "(posted|shared|leaked|put|spread|gave out) (her|his|my|their) (phone number|number|address|home address|details|personal details|location) (online|on|to|everywhere|round)",
      "(someone|somebody|people|they|he|she|a (boy|girl|man|guy)|this (person|boy|girl|guy)) (is|are|keeps|has been|have been|keep) (threatening|harassing|stalking) (me|us|her|him|my)",
      "(im|i am|ive been|i have been|shes|hes|she is|he is|being) (being |been |)(stalked|harassed|threatened) (by|online|at|on|every)",
      "(im|i am) being (stalked|harassed|threatened)",
      "(made|make|making|started|set up) (a |an |)(hate page|fake account|group chat) (about|to mock|mocking|of|against) (me|her|him|my)",
    ],
  },
  {
    id: "bullying.threat_of_violence",
    category: "bullying",
    note: "Threats to hurt someone. Games, sport and 'killed it' are not threats.",
    any: [
      "(ill|i will|im going to|im gonna|going to|gonna|were going to|we will|well|they will|theyll|hes going to|shes going to|he will|she will|hell|shell|want to|wanna) (kill|stab|shoot|batter|beat up|smash|punch|hurt|jump|rape|burn|slap|end|murder|knife|glass|deck|merk|merc) (you|u|him|her|them|ur|your)",
      "watch (your|ur) back",
      "(your|ur|you are|youre) dead (meat|tomorrow|after school|when i see you|next|monday)",
      "(ill|i will|going to|gonna|theyre going to|theyll) (find|come for|come after|get) (you|u)",
      "(🔪|🔫) (you|u)",
      "i know where (you|u) live",
      "(stab|shoot|bomb|shoot up|blow up) (the school|my school|everyone|people|them all|all of them)",
    ],
    unless: FIGURATIVE_VIOLENCE,
    unlessInSentence: [...GAMES_AND_SPORT, "(lol|lmao|jk|joking|haha|😂)"],
  },
  {
    id: "bullying.violence_words",
    category: "bullying",
    note: "Killing, shooting or stabbing words aimed at people. Figurative uses (killed it, shot some hoops) and games are excepted.",
    any: [
      "(kill|killed|killing|murder|murdered|shoot|shot|shooting|stab|stabbed|stabbing) (him|her|them|everyone|people|someone|you|u|some|it|all of them|my (dad|mum|brother|sister|teacher|stepdad|classmate))",
    ],
    unless: [...FIGURATIVE_VIOLENCE, "(shot|shoot|shooting) some (hoops|baskets|goals|pics|photos|videos|film)", "(stab|stabbed|stabbing) (it|some) (with a fork|with my fork|food)", "(kill|killed|killing) (some|it) (time|zombies|creepers|mobs)"],
    unlessInSentence: [...GAMES_AND_SPORT, "(lol|lmao|jk|joking|haha|😂|💀|knife skills|food tech|cooking|recipe|vaccine|vaccines|injection|jab|jabs|flu)"],
  },
  {
    id: "bullying.slurs",
    category: "bullying",
    note: "Racist, homophobic and disablist slurs: hate aimed at people.",
    any: [
      "(nigger|niggers|nigga|niggas|nigg*|n1gga|faggot|faggots|fagot|paki|pakis|packie|spic|spics|chink|chinks|kike|kikes|coon|coons|wog|wogs|gyppo|gyppos|pikey|pikeys|tranny|trannies|retard|retards|spastic|spaz|mong|golliwog|raghead|towelhead|dyke|dykes|lesbo|batty boy|bender)",
    ],
    unless: ["(cocoon|raccoon|tycoon)"],
  },
];

export const CONTACT_SEEKING_RULES: readonly Rule[] = [
  {
    id: "contact_seeking.off_platform",
    category: "contact_seeking",
    note: "Trying to move a conversation off Harbour: 'dm me', 'add me', 'what's your snap'.",
    any: [
      "(dm|dms|pm|inbox|msg|message|text|ring|snap|snapchat|whatsapp|facetime|add|follow|phone|email|skype|kik|telegram) me",
      "(add|follow|message|dm|text|msg|find|ring|call|contact|reach) me (on|at|via|over)",
      "hit me up",
      "slide into (my|ur|your) dms",
      "(whats|what is|wats|give me|send me|drop|drop me|can i have|can i get|share|swap|exchange|post|tell me) (your|ur|their|our) (snap|snapchat|insta|instagram|number|numbers|phone number|discord|tiktok|whatsapp|telegram|kik|email|socials|handle|username|user|digits|address|psn|gamertag|xbox)",
      "(lets|let us|we should|can we|shall we|want to|should we|could we) (talk|chat|move|speak|continue|carry on|be friends) (on|over|onto|to|in|via) (snapchat|instagram|discord|whatsapp|telegram|kik|tiktok|dms|private|text|facetime|another app)",
      "(my|me) (snapchat|instagram|tiktok|discord|telegram|kik|whatsapp|number|phone number|email|gamertag|psn|xbox|username|handle|socials) (is|=|:|below|in my bio|in bio)",
      "(anyone|anybody|who|girls|boys) (wants|want to|wanna|wants to) (chat|talk|be friends|add me|message me|dm me|snap|play) (on|in|over|privately|in private)",
      "(add|follow) (my|me) (snapchat|instagram|tiktok|discord|insta)",
      "(swap|exchange|trade) (numbers|snaps|socials|insta|instas)",
    ],
    unless: [
      "(dont|do not|never|stop|not|cant|cannot|can not|couldnt|wont|didnt|doesnt|wouldnt) ~ (dm|pm|message|text|add|follow|ring|snap|msg|call|phone|email) me",
      "(call|calls|called|calling) me (names|a|an)",
      "(tried|trying|tries|keeps trying|kept trying|wants|wanted|keeps) to (add|follow|message|dm|text|snap) me",
      "(text|ring|message) me back",
      "add me (to|into|in) (the|a|our|your|their) (group|gc|group chat|chat|team|list|club|class|server)",
      "(mum|dad|parents|nan|gran|friend|friends|teacher|school) (will |would |to |)(text|ring|message|call|phone|email) me",
    ],
    unlessInSentence: ["(going round|went viral|gone viral|blowing up|people love it)"],
  },
];
