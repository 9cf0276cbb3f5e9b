/**
 * Everyday and figurative uses shared by several rules. A rule lists the ones
 * that apply to it in `unless` (must overlap the matched words) or
 * `unlessInSentence` (anywhere in the same sentence).
 */

/** A letter or email home about a topic (often from school) is information, not a disclosure. */
export const SCHOOL_LETTER: readonly string[] = [
  "(letter|letters|email|emails|newsletter|leaflet) (about|on|regarding|warning about|warning us about)",
  "(letter|letters|email|emails|newsletter|leaflet) (said|says|warned|warns|mentioned|explained)",
  "(letter|letters|email|emails|newsletter|leaflet|text|message) from (the |my |our |)school (about|on|regarding|warning about)",
];

/** Talking ABOUT a topic (a school talk, an article, asking for the signs) is not a disclosure. */
export const LEARNING_ABOUT_IT: readonly string[] = [
  "(talk|talks|assembly|assemblies|lesson|lessons|lecture|workshop|session|video|videos|article|articles|course|training|documentary|programme|program|podcast|leaflet|poster|campaign|presentation|project|homework|essay|pshe|rshe|class) (about|on|for|around|covering)",
  "(learn|learnt|learned|learning|taught|teaching|read|reading|heard|hearing|watched|watching) about",
  "(talk|talks|assembly|assemblies|lesson|lessons|workshop|session|presentation) (today|this morning|this week|yesterday|at school|in school) (about|on)",
  "(awareness|prevention) (week|day|month|campaign|charity|training)",
  "(suicide|grooming|sextortion) (awareness|prevention)",
  "how (can|do|would|could|should) (i|you|we|parents|a parent) (tell|know|spot|recognise|recognize|check) (if|when|whether)",
  "what should (i|we|parents|you) (look out for|look for|watch for|watch out for)",
  "(what|which) are the (signs|warning signs|red flags)",
  "signs (of|that)",
  "warning signs",
  "red flags",
  "(what is|whats|what does) ~ (mean|grooming|sextortion)",
  "(what|whats) ~ (means|meant|stands for)",
  "in the news",
  "from (the |a |our |)(police|pcso|police officer|nspcc|ceop|charity|speaker|school nurse|nurse) (about|on|talking about)",
  // A parent asking what to do *if* something happens is asking for advice, not disclosing it.
  "(what|how) (should|do|can|would|could) (i|we|parents|a parent|you) (do|handle|respond|react|deal with it) (if|when)",
  ...SCHOOL_LETTER,
  "news (story|report|article)",
];

/** Games, films and sport where killing, shooting and dying are the point. */
export const GAMES_AND_SPORT: readonly string[] = [
  "assassin*",
  "fortnite",
  "minecraft",
  "roblox",
  "(call of duty|cod|warzone|apex|valorant|among us|gta|halo|overwatch|pubg|rainbow six|fifa|fc #20-30|zelda|elden ring|pokemon|mario kart|smash)",
  "(in|on|at) (the |a |)(game|games|match|round|level|lobby|server|pvp|boss fight|online game)",
  "(boss|zombies|zombie|creepers|mobs|noobs|enemies|level)",
  "(paintball|laser tag|lasertag|nerf|airsoft)",
  "(basketball|netball|football|hoops|penalty|goal|goals|rugby|hockey|tennis|darts|pool|snooker|photo shoot|photoshoot|film|movie|series|book|novel|show)",
];

/** "killed it", "killing it", "shot some hoops": doing well, doing sport. */
export const FIGURATIVE_VIOLENCE: readonly string[] = [
  "(kill|killed|killing|kills|smashed|smashing|smash|nailed|nailing) (it|that|this|the (exam|test|game|audition|performance|interview|match|show|presentation))",
  "(shot|shoot|shooting|shoots) (some |a few |a couple of |)(hoops|baskets|goals|a goal|penalties|a video|a film|photos|pics|some pics|pictures|the breeze|my shot)",
  "(killing|kill|killed) (time|the vibe|the mood|the game|my vibe|me softly)",
  "(this|that|it|homework|school|exam|exams|maths|the exam|that exam|work|revision|my feet|my legs|my back|the heat|the wait|the suspense|this song|you) (is |are |was |absolutely |literally |)(killing|killed|kills) me",
  "(dying|died|die|dead) (of|from|with|laughing|of laughter|of embarrassment|of cringe|of boredom)",
  "(i|im|i am|i was|we|was) (nearly|literally|almost|actually|totally|so) (dying|died|dead|dead 💀)",
  "dying to (see|go|try|meet|know|watch|get|hear|tell)",
  "(killing|killed|kill|kills) (herself|himself|themselves|myself|ourselves|yourself) (laughing|with laughter|with laughing|over (my|the|that|his|her) (joke|jokes))",
  "(laughed|laughing|laugh) ~ (died|dying|dead|die)",
];

/** Meeting, or being picked up by, a family member is not meeting a stranger from online. */
export const FAMILY_MEETING: readonly string[] = [
  "(meet|meeting|meet up with|see|seeing|visiting|visit|pick me up|picking me up|picks me up) (my|our) (mum|mam|mom|dad|nan|gran|grandma|grandad|grandpa|granny|sister|brother|cousin|cousins|aunt|auntie|step mum|stepmum|step dad|stepdad|family|parents|godmother|godfather)",
  "(my|our) (dad|mum|mam|mom|brother|sister|cousin|nan|gran|grandma|grandad|aunt|auntie|uncle|stepdad|step dad|stepmum) (is|s) #18-99",
  "(hes|shes|he is|she is) my (dad|mum|brother|sister|cousin|uncle|aunt|auntie|grandad|nan|stepdad)",
  "(my|our|his|her) (brother|sister|dad|mum|cousin) (is |s |)(picking|taking|driving) (me|us)",
];

/** Finishing a meal or homework, leaving the table: ordinary words that sound like endings. */
export const EVERYDAY_FINISHING: readonly string[] = [
  "(finish|finishing|finished|finishes|eat|eating|ate) (all |)(my|your|his|her|our|their|the) (vegetables|veg|greens|dinner|tea|lunch|breakfast|food|plate|meal|homework|chores|essay|revision|coursework)",
  "(leave|leaving|left|leaves) the (dinner |)table",
];

/** Knocks and scrapes from falls, sport and play: an injury with an everyday cause. */
export const ACCIDENTAL_INJURY: readonly string[] = [
  "(tripped|fell|fall|falling|slipped|crashed|came off) ~ (bruised|cut|grazed|scraped|sprained|twisted|hurt|banged|broke|bashed) (my|her|his|their) (knee|knees|elbow|elbows|arm|leg|ankle|wrist|shin|shins|head|hand|hip|toe|finger|back|face|nose|chin)",
  "(bruised|cut|grazed|scraped|sprained|twisted|hurt|banged|broke|bashed) (my|her|his|their) (knee|knees|elbow|elbows|arm|leg|ankle|wrist|shin|shins|head|hand|hip|toe|finger|back|face|nose|chin) (in|at|playing|doing|during) (pe|football|rugby|netball|hockey|basketball|training|practice|the park|the playground|gymnastics|dance|sports day|the match|the game)",
];
