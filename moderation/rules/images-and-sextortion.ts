/**
 * Sextortion (severity 3): threats to share intimate images unless paid or sent more.
 * Image abuse (severity 3): requests for nudes, pressure to go on camera,
 * nudes shared without consent, peer sharing.
 */
import type { Rule } from "./rule.ts";
import { LEARNING_ABOUT_IT } from "./exceptions.ts";

const IMAGES = "(pics|pic|photos|photo|pictures|picture|nudes|nude|video|videos|vid|vids|images|image|snaps|snap|screenshots|selfies|selfie|recording|clip|clips)";
/** "snap" alone often means a Snapchat account ("asking for my snap"), not a picture. */
const IMAGES_NOT_SNAPCHAT = "(pics|pic|photos|photo|pictures|picture|nudes|nude|video|videos|vid|vids|images|image|selfies|selfie)";
const SHARE = "(leak|leaking|leaks|post|posting|posts|send|sending|sends|share|sharing|shares|show|showing|shows|expose|exposing|exposes|spread|spreading|spreads|upload|uploading|uploads|release|releasing|put|putting|puts|publish|sent|posted|shared|leaked|exposed|uploaded|forward|forwarding|forwards|airdrop|airdropping)";

export const SEXTORTION_RULES: readonly Rule[] = [
  {
    id: "sextortion.named",
    category: "sextortion",
    note: "The words themselves, unless it is a talk or article about them.",
    any: ["sextort*", "blackmail*", "black mail*", "extort*"],
    unlessInSentence: LEARNING_ABOUT_IT,
  },
  {
    id: "sextortion.threat_to_share",
    category: "sextortion",
    note: "A threat to share images, with a demand (money, more images) or a condition.",
    all: [
      [
        `${SHARE} ~ ${IMAGES}`,
        "everyone (will |is going to |gonna |)(see|sees|seeing)",
        `${SHARE} (it |them |)(to|with) (everyone|all my|my (family|parents|mum|dad|friends|school|followers|contacts|class))`,
        `(has|have|got|saved|screenshotted|recorded|screen recorded|kept) ~ ${IMAGES}`,
        `${IMAGES} of (me|him|her|them)`,
        "(post|share|leak|send|show|spread|upload|put) (them|it|those|these) (everywhere|online|to everyone|on (snapchat|insta|instagram|tiktok|twitter|facebook|porn sites|the internet))",
        "(expose|exposing|ruin|ruining) (me|you|him|her)",
        "(recorded|screenshotted|screen recorded|saved|filmed) (our|the|my|me on|me in) (video call|facetime|call|video chat|chat|video|the call)",
        `(my|your|her|his|the) ${IMAGES} (go|going|goes|will go|get|gets|will get|end up|ending up) (online|everywhere|public|viral|round|around|on)`,
        `tell (everyone|people|my (parents|mum|dad|school|friends|family)|your (parents|mum|dad|school|friends|family)) about (my|the|your|her|his) ${IMAGES}`,
      ],
      [
        "(pay|paying|give|transfer) (me|him|them|up|money|cash|#1-100000|steam|gift|bitcoin|crypto|amazon|itunes|apple|paypal)",
        "send (money|cash|#1-100000|steam|gift|bitcoin|crypto|amazon|itunes|paypal|more)",
        "(pay up|or else|unless|otherwise)",
        "or (they|he|she|ill|i will|theyll|hell|shell|everyone|its|it|they will|he will)",
        "if (i|you|he|she) (dont|do not|didnt|wont|refuse|dont send|stop|doesnt|does not|end|leave|block|break up|report|tell)",
        "unless (i|you|he|she|they) (pay|send|do)",
        "threat*",
        "(money|cash|quid|pounds|gift cards|steam cards|vbucks|robux|bitcoin|crypto)",
        "(scammed|tricked|catfished|catfish|fake account)",
        "(demand*|wants|want|asking for|asked for) (money|cash|£|#1-100000|gift cards|more)",
        "(ruin|destroy) (my|your) life",
      ],
    ],
    within: "message",
  },
  {
    id: "sextortion.threatened_with_images",
    category: "sextortion",
    note: "Threatened or blackmailed with pictures: 'threatening me with pics I sent'.",
    any: [`(threatening|threatened|threatens|threaten|blackmailing|blackmailed|blackmails) (me|him|her|us|my (son|daughter|child)) (with|over|about|using) ~ ${IMAGES}`],
  },
  {
    id: "sextortion.pay_or_leak",
    category: "sextortion",
    note: "The demand itself: 'pay or we leak'.",
    any: ["(pay|paying|send money|send more) (up |now |)(or|otherwise|else) (we|they|ill|he|i|she|im|it) (leak|post|share|send|expose|show|spread|upload|will|goes|go)"],
  },
  {
    id: "sextortion.scammed_into_images",
    category: "sextortion",
    note: "Tricked into sending an image ('catfished'), the usual start of sextortion.",
    all: [
      ["(scammed|tricked|catfished|pressured|fooled|conned)", "threaten* (to|that)"],
      [`(sending|send|sharing|share|showing|show|sent|post|leak|expose|upload|spread) ~ ${IMAGES}`, "(post|share|leak|send|expose|show|upload|spread) (it|them|everything)"],
    ],
    within: 6,
    ordered: true,
  },
];

export const IMAGE_ABUSE_RULES: readonly Rule[] = [
  {
    id: "image_abuse.nudes",
    category: "image_abuse",
    note: "Nudes, in any spelling (n00dz, n.u.d.e.s, noods), naked or private pictures.",
    any: [
      "nudes",
      "nude (pic|pics|photo|photos|picture|pictures|selfie|selfies|video|videos|snap|snaps|image|images|vid|vids)",
      "(a|any|the|her|his|my|your) nude",
      "naked (pic|pics|photo|photos|picture|pictures|selfie|selfies|video|videos|snaps|snap|image|images|vid|vids|on camera|on cam|on facetime)",
      "(asking|asks|asked|wants|wanted|told|tells|keeps asking|dared|dares) (me |her |him |)(to |)(flash|flashing) (him|her|them|his|the camera|me)",
      "(private|intimate|explicit|rude|dirty|sexy|spicy|naughty|nsfw|saucy|x rated|sexual|sex|porn|fake nude|ai nude|deepfake|indecent|inappropriate|sexually explicit) (snap|pic|pics|photo|photos|picture|pictures|selfie|selfies|video|videos|snaps|images|vid|vids|content)",
      "(dick|d|cock|boob|boobs|tit|tits|titty|bum|ass|butt|pussy) (pic|pics|photo|photos|picture|pictures)",
      "sexting",
      "(fake|ai|edited|photoshopped|deepfake) (nude|nudes|naked)",
      "(full body|body|bikini|bum|butt|feet|leg|legs|chest|belly|topless|underwear|lingerie|bra|boob|cleavage) (pics|pic|photos|photo|pictures|picture|selfies|selfie|vids|videos)",
      "(film|filming|record|recording|video|videoing|tape|taping) (us|me|you|her|him) (doing (stuff|it|things|sexual things)|having sex|in bed|naked|hooking up|getting off)",
      "up (my|her|their|girls|girls) (skirt|skirts|dress|dresses)",
      "upskirt*",
      "(screen recorded|screenrecorded|screen recording|recorded|screenshotted|filmed) (our|the|my|a) (facetime|video call|call|video chat|stream|live) (when|while|whilst) ~ (changing|naked|undressed|in the shower|in my underwear|getting changed|in my bra|topless)",
      "(recorded|filmed|videoed|taped|photographed|recording|filming) (us|me|her|him) (without|when|while|whilst) ~ (knowing|permission|consent|asleep|changing|aware|noticing|asking)",
      "(film|filming|record|recording|video|videoing|take (a |)(pic|pics|photo|photos|picture|pictures|video|videos) of) (myself|yourself|herself|himself|yourselves) (in the shower|in the bath|naked|undressed|in (my|your|her|his) (underwear|bra|pants|knickers)|touching|in bed|changing|getting changed|with no clothes|without clothes)",
      "(pics|pictures|photos|videos|pic|photo|picture|vids) of (my|your|her|his) (feet|foot|legs|body|bum|butt|chest|boobs|belly|thighs)",
      "(video|videos|vid|pics|photos|pictures|picture|photo|clip) of (me|her|him|them|my (daughter|son|child)) (changing|getting changed|in the shower|showering|naked|undressed|undressing|in (my|her|his) (underwear|bra|pants|knickers)|on the toilet)",
      "(see|seeing|look at) (me|you|her|him) (naked|nude|with no clothes|undressed|topless|in (my|your|her) (underwear|bra|knickers|pants))",
      "(show|see|shows|showing|seeing) (me|him|her|them|you) (what|whats|what is) (is |)under (my|your|ur|her|his) (clothes|top|shirt|skirt|dress|pants|trousers|towel)",
      "deepfake*",
      "(send|sending|sent|show|showing) (him|me|you|u|her|them|) (something|anything|smth|summat) (sexy|naughty|dirty|spicy|rude|nsfw|saucy)",
      "(filmed|recorded|photographed|filming|recording|videoed|videod) (me|her|him|them|us) (getting changed|changing|in the shower|showering|undressed|undressing|naked|in the toilet|in the toilets|in the changing rooms|having sex)",
      "(took|taken|taking|take) (pics|photos|pictures|a video|videos|a photo|a pic|a picture) of (me|her|him) (getting changed|changing|in the shower|undressed|naked|in the toilet|in the toilets|in the changing rooms|in the changing room|in my underwear|in her underwear)",
      "sexts",
      "sext",
      "(send|sent|sending|show|showing|see) (me |him |her |)(your|my|her|his|a) (body|boobs|bum|butt|dick|privates|private parts|chest|tits|bits) (pic|pics|photo|photos|picture|)",
    ],
    unless: ["nude (lipstick|lip|lips|tights|heels|shoes|colour|color|shade|nails|makeup|foundation|palette|bra|top|dress|eyeshadow|gloss|beach|painting|paintings|drawing|drawings|model|art)", "(the|a) nude (colour|color|shade|one)"],
    unlessInSentence: LEARNING_ABOUT_IT,
  },
  {
    id: "image_abuse.undressed_pictures",
    category: "image_abuse",
    note: "Pictures or video together with being undressed or in underwear.",
    all: [
      [IMAGES, "📸", "(take|took|taking|film|filmed|filming|record|recorded|recording) (me|him|her)"],
      [
        "(no|without) (clothes|top|shirt|bra|pants|knickers|underwear|trousers)",
        "(no|without) (my|your|her|his|a|any) (clothes|top|shirt|bra|pants|knickers|underwear|trousers)",
        "(in|wearing) (my|your|her|his|just|only|a) (underwear|bra|knickers|pants|boxers|towel|bikini|lingerie|swimsuit)",
        "underwear",
        "lingerie",
        "naked",
        "nude",
        "topless",
        "undressed",
        "(in|taking|having) (the|a) (shower|bath)",
        "in (my |your |his |her |)bed",
        "(out of|after) (the|a|my|your) (shower|bath)",
        "touching (myself|yourself|herself|himself)",
        "(my|your|her|his) (body|boobs|bum|butt|chest|privates|private parts|bits)",
        "sexy",
        "🍑",
        "🍆",
        "👅",
        "💦",
      ],
    ],
    within: "sentence",
  },
  {
    id: "image_abuse.ultimatum",
    category: "image_abuse",
    note: "An ultimatum for pictures: 'send me a pic or we're over'.",
    all: [["(send|show|sending) (me |him |her |)(a |some |)(pic|pics|photo|photos|picture|pictures|nudes|video|vid|selfie)"], ["(or|otherwise|else) (were|we are|its|im|i am|ill|i will) (over|done|finished|breaking up|leaving|dumping|break up|dump)"]],
    within: 6,
    ordered: true,
  },
  {
    id: "image_abuse.pressure_for_pictures",
    category: "image_abuse",
    note: "Repeated asking or pressure for pictures: 'he keeps asking me for pics'.",
    all: [
      [
        "(keeps|keep|kept|always|wont stop|constantly|every day|every single day) (asking|begging|pressuring|pestering|messaging|on at|going on)",
        "(begging|begs|begged|pestering|pesters|pressuring|pressures|pressured|forcing|forced|forces|guilt tripping|guilt tripped|made|makes|making) (me|him|her)",
      ],
      ["(for|to send|to take|into sending|to show|into showing|send|sending) (me |him |her |)(a |some |more |any |)" + IMAGES_NOT_SNAPCHAT],
    ],
    within: 3,
    ordered: true,
    unless: ["(pics|pictures|photos|pic|photo|picture|videos|video) of (my|your|the|his|her|our) (drawing|drawings|art|artwork|homework|work|notes|dog|dogs|cat|cats|puppy|pet|pets|cake|food|outfit|room|garden|painting|paintings|essay|answers|project|car|house|holiday|trip|nails|hair)"],
  },
  {
    id: "image_abuse.prove_you_love_me",
    category: "image_abuse",
    note: "Emotional pressure for pictures: 'prove you love me and send a pic'.",
    all: [
      ["prove (you|that you|u|it) (love|trust|like|care about|fancy) (me|him|her)", "if (you|u) (loved|love|trusted|liked|really liked) me (you|u|youd|youll)", "everyone (does|sends) it", "(its|it is) (normal|what couples do)"],
      [IMAGES, "send"],
    ],
    within: "message",
  },
  {
    id: "image_abuse.fake_sexual_profile",
    category: "image_abuse",
    note: "A fake profile using their photos for sexual content.",
    all: [["(fake|pretend|copy) (account|instagram|insta|profile|snapchat|tiktok|page)", "pretending to be (me|her|him)"], ["(sexual|nude|nudes|naked|rude|porn|explicit|dirty|sexy|onlyfans)"]],
    within: "message",
  },
  {
    id: "image_abuse.camera_pressure",
    category: "image_abuse",
    note: "Pressure to go on camera and undress or show their body.",
    all: [
      ["(on|turn on|switch on|put on|go on|get on) (cam|camera|webcam|video call|video|facetime|live)", "(facetime|video call|videocall|cam|webcam|live stream|livestream)", "(go|going|goes|get|went) live"],
      [
        "undress*",
        "(strip|stripping|strips|stripped|striptease|get naked|getting naked)",
        "(take|took|taking) (off|of) (your|my|her|his) (clothes|top|shirt|bra|pants|knickers|underwear|trousers)",
        "(take|took|taking|takes) (your|my|her|his) (clothes|top|shirt|bra|pants|knickers|underwear|trousers) off",
        "naked",
        "no clothes",
        "(in|wearing) (my|your|her|his|just) (underwear|bra|knickers|pants|boxers)",
        "show (me|him|her|them) (your|my|her|his) (body|boobs|chest|bum|privates|bits)",
        "touch (yourself|myself|herself|himself)",
        "in (my|your|ur|her|his|a) (bikini|swimsuit|towel|bra|pants|knickers|boxers|underwear|lingerie)",
      ],
    ],
    within: "message",
  },
  {
    id: "image_abuse.shared_without_consent",
    category: "image_abuse",
    note: "Images shared around school or online without consent.",
    all: [
      [`${SHARE}`, "(going|passed|sent) (round|around)", "screenshot*", "(put|posted) (it |them |)(online|on (his|her|their) story)"],
      ["(private|intimate|explicit|naked|nude|rude|dirty|sexy) ~ " + IMAGES, "nudes", "(a|her|his|my) nude"],
    ],
    within: "message",
  },
];
