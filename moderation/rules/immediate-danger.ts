/**
 * Immediate danger (severity 4): someone is at risk right now or very soon.
 * Means of suicide taken or at hand, on a bridge or roof, someone outside the
 * house, meeting someone from online tonight, a missing child.
 * These are never negatable: "I'm on the bridge but I'm not going to jump"
 * still goes to a lead at once.
 */
import type { Rule } from "./rule.ts";

const MEDS = "(pills|tablets|paracetamol|painkillers|meds|medication|medicine|antidepressants|sleeping pills|sleeping tablets|ibuprofen|co codamol|cocodamol|aspirin|prescription|💊)";
const NOW = [
  "tonight",
  "right now",
  "now",
  "today",
  "this evening",
  "this afternoon",
  "in an hour",
  "in (a|#1-60) (min|mins|minute|minutes|hour|hours|hrs)",
  "later today",
  "after school today",
  "at #1-12 (tonight|today)",
  "on (his|her|their|my) way",
  "asap",
];

export const IMMEDIATE_DANGER_RULES: readonly Rule[] = [
  {
    id: "immediate_danger.overdose_taken",
    category: "immediate_danger",
    note: "Has taken an overdose, or a large amount of medication.",
    any: [
      `(taken|took|swallowed|downed|necked|swallowing|had) (all|all of|a load of|loads of|lots of|a lot of|a bunch of|a whole|a handful of|handfuls of|the whole|too many|a packet of|a box of|two packets of|a bottle of|half a bottle of|half a packet of|half the|a strip of|a pack of|#6-500) ~ ${MEDS}`,
      `(taken|took|swallowed|downed|necked) (like|about|around|over|maybe|nearly|almost|at least|more than) #6-500 ~ ${MEDS}`,
      "(ive|i have|i|just|she has|he has|shes|hes) (overdosed|od d|odd on|taken an overdose|taken an od|took an overdose|took an od)",
      "💊 💊",
    ],
  },
  {
    id: "immediate_danger.means_at_hand",
    category: "immediate_danger",
    note: "The means of suicide are in front of them, or they are at a high place.",
    unless: ["jump (on|in|into|up|around|for|rope|the queue|ship|at|over|the gun|off the sofa|off the bed)"],
    any: [
      `(${MEDS}|rope|noose|knife|blade|blades|razor|🪢|🔪) (are |is |)(in front of me|ready|in my hand|next to me|right here|counted out|lined up|on my desk|on the bed|beside me)`,
      `(got|have|holding|bought|saved up|collected|stockpiled|hoarding) (the |a |my |enough |all my |)${MEDS} (ready|now|in front of me|to end it|to do it)`,
      "(noose|rope) (is |)(ready|tied|up)",
      "(im|i am) (going to|gonna|about to) jump",
      "(im|i am|i'm) (writing this |posting this |typing this |sat |sitting |standing |)(from|on|at|up on) the (bridge|roof|rooftop|cliff|cliffs|tracks|railway|railway line|ledge|motorway bridge)",
      "(swallowed|drank|drunk|drinking|downed|took|taken|had) (bleach|antifreeze|poison|weedkiller|rat poison|cleaning fluid|washing up liquid|detergent|a bottle of vodka and pills)",
      "tied (a|the) (noose|rope)",
      "(going to|gonna|about to|ready to|want to|will) jump (off|from|in front of|onto)",
      "(going to|gonna|about to|ready to) (jump|end it|do it|kill myself) (now|tonight|right now)",
    ],
  },
  {
    id: "immediate_danger.means_and_intent",
    category: "immediate_danger",
    note: "Has the means and says they will use them: 'I've got a knife and I'm going to use it tonight'.",
    all: [
      [`(got|have|holding|bought|found|taken|took|grabbed|ive got) (a|the|my|some|dads|mums|enough|all the|all my|) (knife|blade|blades|razor|rope|gun|noose|🔪|🪢|💊|${MEDS.slice(1, -1)})`],
      ["(going to|gonna|about to|want to|will|ready to) (use it|use them|do it|end it|take them|take it|take them all)", "on myself", "(tonight|right now) (its|it is) (over|happening)"],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.bleeding",
    category: "immediate_danger",
    note: "Self-injury with heavy bleeding now.",
    all: [
      ["(cut|slit|slashed|sliced) (my|her|his) (wrist|wrists|throat|arm|arms|leg|legs)", "cut (too |really |so |)deep", "(cut|cutting) myself"],
      ["(a lot of|so much|loads of|lots of|too much) blood", "(wont|cant|will not|can not|cannot) stop (the |)bleeding", "bleeding (a lot|loads|heavily|badly|everywhere)", "(pool|puddle) of blood", "blood everywhere"],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.at_the_edge",
    category: "immediate_danger",
    note: "At the edge of a bridge, roof or cliff.",
    any: ["(standing|stood|sat|sitting|climbed|climbing|am|im) (on|onto|over) (the|a) (edge|ledge|railing|railings|barrier) of (the|a) (bridge|roof|cliff|building|car park|multi storey)", "(climbed|climbing|over) the (railing|railings|barrier) (on|of) the bridge"],
  },
  {
    id: "immediate_danger.high_place",
    category: "immediate_danger",
    note: "At a bridge, roof, cliff or railway line and talking about jumping or ending it.",
    all: [
      [
        "(on|at|standing on|up on|sat on|sitting on|near|by) the (bridge|roof|rooftop|ledge|cliff|cliffs|tracks|railway|railway line|train tracks|top of the car park|multi storey|motorway bridge|edge of (the|a) (bridge|roof|cliff|building|car park)|top of the (car park|multi storey|building|cliff|bridge|tower|flats))",
        "🌉",
      ],
      ["jump*", "end it", "end my life", "goodbye", "kill myself", "cant do this", "let go", "over the edge", "step off", "(no one|nobody) (will|would) (miss|care)", "this is it"],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.ending_it_now",
    category: "immediate_danger",
    note: "Suicide intent with a time: now, tonight; goodbye messages.",
    any: [
      "(kill myself|end it|end my life|end it all|take the pills|take them all|take all the pills|unalive myself|hang myself|overdose|od|jump|slit my wrists) (tonight|today|right now|now|in a minute|soon|this evening|when everyone is asleep|when everyones asleep|after everyone goes to bed)",
      "this is (my |)goodbye",
      "(goodbye|bye) (everyone|all|forever|world|cruel world)",
      "(my|this is my) last (message|post|night|day) (ever|alive|on earth)",
      "last (night|day) alive",
      "(wrote|written|writing|left|leaving) (a|my) (suicide |goodbye |)(note|letter) (for|to) (my|everyone|them)",
      "(writing|wrote|written|finished|left|leaving|done) (my|a) (suicide|goodbye) (note|letter)",
      "(wont|will not|wont be) (be |)(here|alive|around) (tomorrow|in the morning|by morning|much longer)",
      "tonight is the night",
      "(its|it is) time (to end it|to go|to end this)",
      "by the time (you|anyone|someone|people) (read|reads|see|sees) this",
      "(already|just) (cut|cutting) (too deep|really deep|deep)",
      "(cant|wont) stop (the |)bleeding",
    ],
    unless: ["end it with (him|her|them|my)"],
    unlessInSentence: ["(game|show|series|season|episode|holiday|trip|term|year|school|exam|exams|away|camp|sleepover|visiting|dentist|doctors|hospital appointment)"],
  },
  {
    id: "immediate_danger.someone_outside",
    category: "immediate_danger",
    note: "Someone threatening or unknown is outside the house or waiting for them now.",
    all: [
      [
        "(hes|he is|shes|she is|theyre|they are|someones|someone is|somebody is|a man is|a guy is|man is|guy is|stranger is|he|she|someone|somebody|they|a man|a guy|some man|some guy|this man|this guy|a stranger|strangers|a car|a van|there is a man|theres a man|theres someone|theres a guy) (outside|banging on|trying to get in|waiting outside|waiting (at|by) (my|the end of my)|in my garden|at the end of my (road|street)|at my window|outside my (house|door|flat|window|school)|parked outside|following me|coming to get me)",
        "(following|followed) me (home|now|right now|from school)",
        "(knows|found out) where i live",
        "(on|is on) (his|their|her) way (here|to my house|to me|round|over)",
        "(banging|knocking|hammering) on (my|the) (door|window|doors|windows)",
        "(hes|he is|shes|she is|theyre|they are|someone is|someones|theres someone|a man is|he|someone) (at|by|outside) (my|the) (front |back |bedroom |)(door|window|gate)",
        "(hes|he is|shes|she is|theyre|they are|someone is|someones|theres someone|a man is|theres a man|a stranger is) (in|inside) (my|our|the) (house|room|flat|home|bedroom|garden)",
        "trying to (get in|break in|open the door)",
        "(break|breaking|broke|broken) (in|into) (my|our|the) (house|home|flat|room|bedroom)",
        "(hes|he is|shes|she is|theyre|they are|someone is|a man is|he|someone|a man) waiting for me (outside|at|by|near|round|around)",
      ],
      [...NOW, "scared", "terrified", "frightened", "keeps (texting|messaging|calling|ringing|knocking)", "wont (leave|go away|stop)", "come out", "help", "police", "locked the door", "dont know what to do", "home alone", "on my own", "(im|i am|i'm) (alone|by myself|on my own)", "hiding", "from online", "#18-80", "again"],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.someone_coming_and_afraid",
    category: "immediate_danger",
    note: "Someone is coming to them and they are frightened.",
    all: [
      ["(hes|he is|shes|she is|theyre|they are|someone is|he said hes|he says hes|they said theyre) (coming|coming round|coming over|coming here|on (his|her|their) way|coming to (my|get me|find me))"],
      ["(scared|terrified|frightened|afraid|hiding|locked (myself|the door)|dont want (him|her|them) to)", "(parents|mum|dad) (are|is) (away|out|not home)", "home alone", "on my own"],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.meeting_tonight",
    category: "immediate_danger",
    note: "Meeting someone from online soon, in secret, or who doesn't know their age.",
    all: [
      [
        "(meet|meeting|met up|meet up|meeting up)",
        "see (me|him|her|them)",
        "(come|coming) (over|round|here|to (mine|my house|my place|get me|see me|pick me up))",
        "(pick|picking) (me|you) up",
        "(getting|get|catching|taking) the (train|bus|coach)",
        "(driving|travelling|traveling|coming) (here|down|up) to",
        "run away with",
        "(sneak|sneaking) out",
        "(going|go) to (his|her|their) (house|flat|place|hotel)",
      ],
      NOW,
      [
        "(doesnt|dont|does not|didnt|wont) know (im|i am|my age|how old|my real age)",
        "(parents|mum|dad|family|nobody|no one|noone|carer|carers|foster) (dont|doesnt|wont|cant|do not|does not) know",
        "(without|not) telling (anyone|my parents|my mum|my dad|anybody)",
        "(not|dont|never|not to) (tell|telling) (my|your|anyone|anybody|parents|mum|dad)",
        "(from|on) (online|instagram|snapchat|tiktok|discord|fortnite|roblox|a game|an app|the internet|xbox|whatsapp|telegram|wizz|yubo|omegle)",
        "met online",
        "(never|not|havent) met (him|her|them|in person|before)",
        "(lied|lying) about (my|his|her) age",
        "(its|keep it|our|a) secret",
        "(a|an|this) (man|guy|bloke|older (man|guy|boy|lad))",
        "stranger",
        "#18-80",
      ],
    ],
    within: "message",
  },
  {
    id: "immediate_danger.missing_child",
    category: "immediate_danger",
    note: "A child has gone to meet someone from online, or is missing and not answering.",
    all: [
      [
        "(gone|went|left|going|gone out|sneaked out|snuck out|run off|ran off) ~ to meet (a|some|this|an|the|someone|somebody|him|her)",
        "(disappeared|vanished|gone off|run off|ran off|went off|left|gone) (with|to see|to be with) (a|an|some|this|the|him|her|someone|somebody|her boyfriend|his girlfriend)",
        "(is|has gone|gone|went|has been|been) missing",
        "(hasnt|has not|didnt|did not|never) (come|came|got|been) (home|back)",
        "(ran|run|has run) away",
        "(not|isnt|wasnt) (in (her|his) (room|bed)|at school|where (she|he) said)",
      ],
      [
        "(cant|cannot|couldnt|can not) (reach|contact|find|get hold of|get through to|get in touch with)",
        "(isnt|is not|not|wont|hasnt been|stopped|hasnt) (answering|picking up|replying|responding|read)",
        "(phone|location|snap map) (is |has been |)(off|turned off|switched off|dead|not working)",
        "no (answer|reply|response|idea where)",
        "dont know where (she|he|they) (is|are|went)",
        "(missing|police|999)",
        "(from|on) (online|instagram|snapchat|tiktok|discord|a game|an app|the internet)",
        "met online",
        "#18-80",
        "(a|an|older) (man|guy|adult|stranger)",
      ],
    ],
    within: "message",
    unlessInSentence: ["(cat|dog|puppy|kitten|hamster|rabbit|pet|tortoise|parrot|budgie|snake)"],
  },
];
