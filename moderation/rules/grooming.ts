/**
 * Grooming (severity 3): an adult or unknown person building secret trust.
 * Mostly innocent words in combination: secrecy + relationship, gifts +
 * favours, moving to a private app + privacy, an age gap, flattery about
 * maturity, probing questions, meeting someone from online.
 * Reported speech counts: "he told me to keep it secret" is grooming.
 */
import type { Rule } from "./rule.ts";
import { LEARNING_ABOUT_IT } from "./exceptions.ts";

const FAMILY = "(mum|dad|parents|family|mam|step dad|stepdad|stepmum|carer|carers|foster carer|nan|gran|teacher|teachers|friends|brother|sister|anyone|anybody|no one)";
const CHATS = "(chat|chats|messages|message|texts|convo|convos|conversation|conversations|dms|snaps|history|chat history|call log|photos|pics)";
const APPS =
  "(whatsapp|telegram|snapchat|kik|signal|wickr|session|threema|discord|instagram|wizz|yubo|facetime|private|a private app|a private chat|dms|another app|a different app|an app)";
const ADULT_AGE = "#18-80";
const CHILD_AGE = "#9-17";

export const GROOMING_RULES: readonly Rule[] = [
  {
    id: "grooming.secrecy",
    category: "grooming",
    note: "Asking a young person to keep contact secret, or not to tell parents (said to them, or reported).",
    any: [
      `(keep|keeping|kept|keeps) (it|this|that|us|me|him|her|them|what we (do|say|talk about)|our (${CHATS}|friendship|relationship|thing|talks|secret|convos)) (a |)(secret|quiet|private|hidden|between us|between you and me|to (yourself|ourselves))`,
      "(keep|keeping) (secrets|a secret) from (your|my|his|her) (mum|dad|parents|family)",
      "(its|this is|be|its just) our (little |)secret",
      "our (little |)secret",
      "(between|just between) (you and me|me and you|us two|the two of us)",
      `(dont|do not|better not|dare) (tell|telling|mention|mentioning|show|showing|say anything to) (your|ur) ${FAMILY}`,
      `(shouldnt|should not|mustnt|must not|never to|not to|to never) (tell|telling|mention|mentioning|show|showing|say anything to) (your|ur|my) ${FAMILY}`,
      "(so|then|and) (nobody|no one|noone|your (mum|parents|dad)|my (mum|parents|dad)) (finds out|will find out|knows|will know|can see|sees|can find out)",
      "(dont|do not|shouldnt|mustnt|never|not to|cant) (tell|mention) (anyone|anybody|no one) (about (me|us|this|him|her|them|our)|we (talk|chat|speak|message))",
      "(told|tells|telling|said|says|asked|asks|wants|warned) (me|him|her|them|us) (not to|to never|never to|not) (tell|mention|say)",
      "(nobody|no one|noone) (needs|has|must|should|can|is allowed|is going) to (know|find out)",
      "(other people|people|they|others|your parents|your mum|your dad|my parents|adults) (wouldnt|wont|dont|would not|will never|would never) (get it|understand (us|our|what we|this|it))",
      `(so|then|because|cos) (your|my|his|her) (mum|dad|parents|family) (cant|wont|dont|cannot|doesnt|will not|do not) (check|see|find out|know|read|look)`,
      "(secret|secretly) (relationship|boyfriend|girlfriend|friendship|chats|meeting|meet up)",
    ],
    unless: ["(i|we) (dont|never|didnt|cant|wont) (tell|mention|show)", "(dont|never) (keep|keeping) secrets"],
  },
  {
    id: "grooming.secrecy_reported",
    category: "grooming",
    note: "Reported: 'he says i shouldn't tell my parents we talk'.",
    all: [[`(shouldnt|should not|not to|mustnt|cant|never to) tell (my|his|her) ${FAMILY}`], ["(we|about (him|her|them|us|me|this|it))"]],
    within: 3,
    ordered: true,
    unless: ["(i|we) (dont|never|didnt|cant|wont) (tell|mention|show)"],
  },
  {
    id: "grooming.delete_chats",
    category: "grooming",
    note: "Being told to delete or wipe chats with someone.",
    any: [
      `(delete|deleting|wipe|wiping|clear|clearing|deletes|wipes|get rid of|hide|hiding) (our|these|this|the|all the|all our|all of our) (${CHATS})`,
      `(delete|wipe|clear|hide) (your|ur|my) ${CHATS} (with|after|so|before|every)`,
      "(messages|chats|snaps) (that |which |)(delete|disappear) (themselves|after)",
    ],
  },
  {
    id: "grooming.told_to_delete_chats",
    category: "grooming",
    note: "Reported: 'he keeps telling me to wipe our chat history'.",
    all: [["(told|tells|telling|asks|asked|asking|wants|wanted|makes|made|reminds|reminded) (me|him|her|them) (to |)(delete|wipe|clear|hide)"], [CHATS]],
    within: 4,
    ordered: true,
  },
  {
    id: "grooming.gifts_for_favours",
    category: "grooming",
    note: "Gifts, money or game currency that create a debt: 'now you owe me'.",
    all: [
      [
        "(sent|gave|give|gives|giving|bought|buys|buy|buying|send|sends|sending|offered|offers|offering|promised|promises|paid|pays|got) ~ (vbucks|robux|money|cash|gift card|gift cards|steam card|steam cards|gifts|a gift|presents|a present|skins|credit|top up|a phone|clothes|makeup|battle pass|quid|pounds|#5-10000|stuff|things|game|games|amazon voucher|vouchers)",
        "(vbucks|robux)",
      ],
      [
        "owe*",
        "(a|any) (favour|favor)",
        "(in return|in exchange|back)",
        "pay (him|her|them|it) back",
        "(not to|dont|never|not) (mention|tell|say)",
        "secret",
        "(pics|photos|pictures|picture|pic|video|videos|selfie|selfies|snaps)",
        "(do|for) (something|anything|stuff) for (him|her|them)",
        "if (i|you) (send|do|show|go|meet)",
        "(expects|wants|asked for|asking for) (something|stuff|things)",
      ],
    ],
    within: "message",
    unlessInSentence: ["(birthday|christmas|xmas|eid|diwali|pocket money|allowance|my (mum|dad|nan|gran|grandad|parents|aunt|uncle) (gave|bought|gives|buys|got))"],
  },
  {
    id: "grooming.move_to_private_app",
    category: "grooming",
    note: "Moving the chat to a private or encrypted app, especially 'so your mum can't see'.",
    any: [
      `(move|moving|switch|switching|go|going|take|taking|come|continue) (this|it|our chat|our chats|us|the chat|)(to|over to|onto|on) (telegram|signal|wickr|kik|session|threema|wizz|a private app|a private chat|another app|a different app|somewhere private|somewhere more private|private)`,
      "(talk|chat|message|speak|text) (somewhere|some where|in|on) (more |)(private|secret)",
      "(encrypted|disappearing|vanishing|self destructing) (app|chat|chats|messages)",
      "vanish mode",
      "(secret|private|second|spare|fake|finsta|hidden) (account|app|phone|sim)",
    ],
  },
  {
    id: "grooming.move_app_for_privacy",
    category: "grooming",
    note: "An app switch together with privacy from parents: 'talk on whatsapp instead so my mum can't check'.",
    all: [
      [
        `(talk|chat|message|speak|move|go|switch|add|text|msg|continue|carry on|come|call) (me |us |)(on|to|over to|onto|over on|in|via) ${APPS}`,
        `(download|get|install|make|use) ${APPS}`,
      ],
      [
        "instead",
        "(so|where|then|because) ~ (cant|wont|doesnt|dont|cannot|will not|never) (check|see|find|know|read|look|track)",
        "(more |)private",
        "secret*",
        "just (us|me and you|you and me|the two of us)",
        "(nobody|no one|noone) (can|will|could) (see|know|check|read)",
        "safer",
        "(parents|mum|dad|mam) (check|checks|look at|looks at|read|reads|monitor|monitors|can see)",
        "delete*",
      ],
    ],
    within: "message",
  },
  {
    id: "grooming.age_gap",
    category: "grooming",
    note: "An adult (18+) in contact with a child, or 'age is just a number'.",
    all: [
      [
        `(hes|he is|shes|she is|theyre|they are|who is|whos|man is|guy is|says hes|said hes|says shes|said shes|claims to be|claims hes|hes like|is like|he says he is|he said he was|boyfriend is|girlfriend is|bf is|who says he is|who says she is) ${ADULT_AGE}`,
        `(a|an|this|some|the|his|her|my) ${ADULT_AGE} (year old|years old|yo|yr old|yrs old|y o)`,
        "(older|grown|adult|grown up) (man|men|guy|guys|bloke|woman|lad|boyfriend|girlfriend|person)",
        "(hes|shes|is|theyre) (an adult|a grown man|a grown woman|in his twenties|in her twenties|in his thirties|married)",
        "(in) (his twenties|her twenties|his thirties|his forties)",
      ],
      [
        `(im|i am|im only|im just|shes|she is|hes|he is|my (son|daughter|child|kid|boy|girl) is|she is only|he is only|only|just) ${CHILD_AGE}`,
        `${CHILD_AGE} (year old|years old|yo|yrs old|yr old|y o)`,
        "(my|your) age",
        "(too|so) young",
        "in year #5-13",
        "age is (just |only |)a number",
        "underage",
        "(still|only) (at|in) school",
        "(my|our) (son|daughter|child|kid|boy|girl)",
      ],
    ],
    within: "message",
    unless: ["#1-100 (minutes|mins|min|hours|hrs|miles|metres|meters|pounds|quid|percent|feet|ft|cm|kg|stone|times|points|seconds|followers|likes|km|degrees|years ago|days|weeks|months)"],
  },
  {
    id: "grooming.age_is_just_a_number",
    category: "grooming",
    note: "A classic line used to normalise an age gap.",
    any: ["age (is|s) (just |only |)a number", "age doesnt matter", "(too|so) (mature|grown up) for (your|ur|my|her|his) age"],
  },
  {
    id: "grooming.flattery",
    category: "grooming",
    note: "Flattery about maturity, or a 'special' secret bond.",
    any: [
      "mature for (your|her|his|my|their) age",
      "(more|so|really) (mature|grown up|grownup|adult|older) than (other|most|the other|all the other) (girls|boys|kids|people|children)",
      "not like (other|the other) (girls|boys|kids) (your|my|her|his) age",
      "(older|mature|more mature) than (your|my|her|his) age",
      "(our|this|we have a|a) (special|secret) (friendship|relationship|bond|connection)",
      "(friendship|relationship|bond|connection) is (so |really |)special",
      "(nobody|no one) (else |)(understands|gets|loves) (you|me|her|him) (like|the way) (i|he|she) (do|does)",
      "(only|just) (i|he|she) (really |)(understand|understands|get|gets) (you|me|her|him)",
      "(your|my|her|his) (parents|mum|dad) (dont|doesnt|do not) understand (you|me|her|him) (like|the way)",
    ],
  },
  {
    id: "grooming.meeting_someone_from_online",
    category: "grooming",
    note: "Being asked to meet in person by someone known from online, an adult or a stranger.",
    all: [
      [
        "(meet|meeting|met up|meet up|meeting up)",
        "(come|coming) (over|round|to (my|your|his|her) (house|place|flat))",
        "(pick|picking) (me|you) up",
        "see (me|you|each other) (in person|irl|in real life|for real|face to face)",
        "(hang|hanging) out",
        "(visit|visiting) me",
        "go on a date",
        "(get|getting|buy|buying|pay for|paying for) (me |)(a |the |my |)(train|bus|taxi|uber) (ticket|tickets|fare|)",
      ],
      [
        "(from|on|off|through|via) (online|instagram|snapchat|tiktok|discord|fortnite|roblox|minecraft|xbox|playstation|psn|a game|an app|the internet|whatsapp|omegle|wizz|yubo|twitter|facebook|kik|a website|a group chat|telegram|reddit)",
        "(online|internet)",
        "(a|an|this|some|older|random) (man|guy|bloke|adult|stranger|lad|woman)",
        "(never|not|havent|have not|not yet) met",
        "stranger",
        "someone i (met|know|talk to|play with|chat to) online",
        ADULT_AGE,
        "(dont|do not|doesnt) (tell|know)",
      ],
    ],
    within: "sentence",
    unless: ["meet (the|our|my) (teacher|teachers|team|coach|class|new)"],
    unlessInSentence: [
      "with (my|our|his|her) (mum|dad|parents|family|carer|carers|nan|gran)",
      "(mum|dad|parents|carer) (will be|are|is|would be|can) (there|coming|come)",
      ...LEARNING_ABOUT_IT,
    ],
  },
  {
    id: "grooming.paying_to_travel",
    category: "grooming",
    note: "Someone paying for a young person's travel to come and see them.",
    all: [
      ["(pay|paying|pays|paid|buy|buying|bought|book|booked|booking|get|getting|got|send|sent|sending|cover|covering) (for |)(me |)(a |the |my |)(train|bus|coach|taxi|uber|plane|flight) (ticket|tickets|fare|ride|)"],
      ["(come|coming) (and |to |)(see|visit|meet|stay)", "(to|so i can|so we can) (see|visit|meet|stay with) (him|her|them)", "(see|meet|visit) (him|her|them)"],
    ],
    within: "sentence",
  },
  {
    id: "grooming.probing_questions",
    category: "grooming",
    note: "Asking if they are alone, what they are wearing, whether parents are home.",
    any: [
      "(are|r) (you|u) (alone|home alone|on your own|by yourself|in (your|ur) (room|bedroom|bed))",
      "(asking|asks|asked|ask|keeps asking|wants to know|wanted to know|asking me) (if|whether|me if|when) (im|i am|i was|i will be) (alone|home alone|on my own|by myself|in my (room|bedroom|bed))",
      "(is|are|when are|when is|when will) (anyone|anybody|your (parents|mum|dad)) (home|in|around|there|out|going out|be out|asleep)",
      "(asks|asking|asked|ask|keeps asking|wants to know|wanted to know|always asks) (me |)(if|whether|when) (my|your) (parents|mum|dad|family|mam) (are|is|will be|were|was) (home|in|out|around|away|asleep|at work|going out)",
      "(if|whether) (im|i am|i was|i will be|you are|your|youre|ur) (alone|home alone|on (my|your) own|by (myself|yourself))",
      "what (are|r|were) (you|u) wearing",
      "what (have|ve|has|do) (you|u|i) (got on|have on)",
      "what (ive|i have|im|i am|i had|i was) (got on|wearing|got on right now)",
      "(what colour|what color|describe) (are |is |)(your|my) (underwear|bra|knickers|pants|boxers)",
      "(have|had|did) (you|u) ever (kissed|been kissed|had sex|done it|touched)",
      "(are|r) (you|u) (a virgin|still a virgin)",
      "(asking|asks|asked|keeps asking) (me |)(about|if) (my|i) ~ (body|bra|underwear|virgin|sex|period)",
    ],
  },
  {
    id: "grooming.named",
    category: "grooming",
    note: "Someone says a child is being groomed. Asking how to spot the signs is not a disclosure.",
    any: ["(being|been|getting|got|was|is|were|get) groomed", "(grooming|grooms|groomed) (me|her|him|them|my (son|daughter|child|kid))", "(paedo|pedo|paedophile|pedophile|predator|nonce) (messaging|talking to|chatting to|contacting|is talking to|has been)"],
    unlessInSentence: [...LEARNING_ABOUT_IT, "(dog|dogs|pet|pets|puppy|horse|horses|pony|cat|hair|salon|parlour|groomer|beard)"],
  },
  {
    id: "grooming.named_with_worry",
    category: "grooming",
    note: "A worried parent or young person thinks grooming is happening (even if they also ask for the signs).",
    all: [
      ["(being|been|getting|was|is) groomed", "grooming (me|her|him|them|my)"],
      ["i think", "(worried|scared|concerned|afraid|frightened)", "pretty sure", "(suspect|found out|realised|realized|turns out|just found)"],
    ],
    within: "message",
    unlessInSentence: ["(dog|dogs|pet|puppy|horse|pony|hair|salon|groomer)"],
  },
  {
    id: "grooming.private_video_call",
    category: "grooming",
    note: "Pressure for private video calls: 'facetime just us', 'when your parents are asleep'.",
    any: [
      "(facetime|video call|video chat|call|cam|camera|vc) (just us|just the two of us|alone|in private|privately|in (your|my) (room|bedroom|bed)|at night|late at night)",
      "(when|while|once) (your|my) (parents|mum|dad|family) (are|is) (asleep|out|away|not home|at work|in bed)",
    ],
  },
  {
    id: "grooming.shush_emoji",
    category: "grooming",
    note: "🤫 with secrecy words.",
    all: [["🤫"], ["(dont|not) tell", "secret", "between us", "our", "(mum|dad|parents)", "delete"]],
    within: "sentence",
  },
];
