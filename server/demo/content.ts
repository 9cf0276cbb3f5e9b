import type { SpaceId } from "../../db/schema.ts";

export interface DemoThread {
  title: string;
  body: string;
  replies: string[];
}

// Kind, realistic examples of the worries in the research, so a newcomer sees what Harbour is for.
export const DEMO_THREADS: Record<SpaceId, DemoThread[]> = {
  "young-people": [
    {
      title: "Someone in a game chat keeps being really nice to me",
      body: "There's a player who's always on when I am. He's given me skins and says I'm the only one who gets him. It's nice but it's also a bit much? Is it weird that it feels weird?",
      replies: [
        "Trusting that weird feeling is really sensible. Being nice is fine, but gifts plus 'only you get me' is something worth talking to an adult you trust about.",
        "Same happened to me on a different game. I muted him and told my older sister. Felt better straight away.",
      ],
    },
    {
      title: "Left out of the group chat",
      body: "My friends made a new group chat without me and I only found out because someone screenshotted it. I don't know if I should say something.",
      replies: ["That really hurts. Maybe talk to the one friend you're closest to on their own first?"],
    },
    {
      title: "How do you block someone without them knowing?",
      body: "Someone I don't know keeps adding me on different accounts. How do I stop it without starting drama?",
      replies: [
        "Most apps don't tell people when you block them. You can also set your account so only friends can add you.",
        "Reporting the accounts as well as blocking helps too, it's anonymous.",
      ],
    },
    {
      title: "Exam stress is getting to me",
      body: "Mocks start next week and I can't sleep. Everyone else seems fine. Does anyone have tips that actually work?",
      replies: ["Writing a to-do list before bed helped me stop going over everything at night.", "You're definitely not the only one, loads of people just don't say it."],
    },
    {
      title: "I said something online I regret",
      body: "I posted a mean comment on someone's video when I was in a bad mood. I deleted it but I still feel awful.",
      replies: ["Deleting it and feeling bad shows you care. If you can, a quick sorry message can help you both move on."],
    },
    {
      title: "My parents want to check my phone",
      body: "My mum wants to look through my phone every week. I haven't done anything wrong but it feels like she doesn't trust me.",
      replies: ["Maybe ask her what she's worried about? Sometimes agreeing on rules together works better than checks."],
    },
    {
      title: "Is it normal to feel left behind when friends get boyfriends?",
      body: "All my friends are going out with people and I just don't feel ready. They keep teasing me about it.",
      replies: ["Totally normal. There's no timetable for this stuff.", "Real friends should stop teasing if you tell them it bothers you."],
    },
    {
      title: "Someone made a fake account using my photos",
      body: "A classmate told me there's an account with my profile pictures and a different name. I don't know what to do.",
      replies: ["You can report an impersonation account to the app directly. Telling a teacher or parent can help get it taken down faster."],
    },
    {
      title: "Good things that happened this week",
      body: "Let's have one happy thread. I finally finished my art project and my teacher put it on the wall!",
      replies: ["That's brilliant! I got picked for the netball team.", "My dog learned to give a paw :)"],
    },
    {
      title: "How do I tell a friend I'm worried about them?",
      body: "My friend has been really quiet and posting sad songs. I want to check in but don't want to make it awkward.",
      replies: ["A simple 'hey, you seem a bit down, I'm here if you want to talk' goes a long way."],
    },
    {
      title: "Privacy settings that actually help",
      body: "Share what settings you changed that made you feel safer online. I turned off my location on snap maps.",
      replies: ["Private account and only friends can message me.", "I turned off 'suggest my account to others'."],
    },
    {
      title: "Feeling nervous about starting a new school",
      body: "We're moving and I'm starting somewhere new after half term. I don't know anyone there.",
      replies: ["Joining a club in the first week helped me meet people.", "Good luck! Lots of people will be happy to help you find your way."],
    },
  ],
  parents: [
    {
      title: "First phone for my 11-year-old: where do I start?",
      body: "Just talking it through. My daughter starts secondary school in September and wants a phone. What settings and rules have worked for other families?",
      replies: [
        "We started with a shared rule: phones charge downstairs overnight. It avoided a lot of arguments.",
        "Setting up the parental controls together, rather than secretly, helped my son understand why.",
      ],
    },
    {
      title: "My son is gaming with older players he doesn't know",
      body: "He's 13 and plays online most evenings. Some of the people in his squad sound like adults. I don't want to overreact, just thinking it through.",
      replies: ["Asking him to show you the game and who he plays with, out of interest rather than checking, opened things up for us."],
    },
    {
      title: "How do you talk about nudes without it being awkward?",
      body: "I know it's something kids come across. How do I bring it up with my 14-year-old without making her feel accused?",
      replies: [
        "I used a news story as a starting point so it wasn't about her.",
        "Making clear she'd never be in trouble for telling me anything was the most important bit for us.",
      ],
    },
    {
      title: "Screen time battles every evening",
      body: "Every night ends in a row about turning the tablet off. What routines have helped?",
      replies: ["A 10-minute warning and a timer that isn't me doing the nagging helped a lot."],
    },
    {
      title: "Daughter being left out of a group chat",
      body: "She was removed from her friendship group's chat and is really upset. Should I speak to the school or let her handle it?",
      replies: ["I'd ask her what she'd like you to do first. Sometimes they just want us to listen."],
    },
    {
      title: "Worried but not sure it's anything",
      body: "My son has been very secretive with his phone lately and jumpy when it buzzes. Could be nothing. How do I open a conversation?",
      replies: ["Car journeys worked for us, side by side is easier than face to face.", "Letting him know you won't take the phone away if he tells you something helps."],
    },
    {
      title: "Which parental control apps are worth it?",
      body: "There are so many. Has anyone found one that is not too intrusive but still useful?",
      replies: ["The built-in ones on the phone did most of what we needed."],
    },
    {
      title: "Supporting a teen through exam stress",
      body: "My 16-year-old isn't sleeping and snaps at everyone. How did you help yours through GCSEs?",
      replies: ["Plenty of snacks and not asking 'have you revised' every hour!"],
    },
    {
      title: "Co-parenting and different phone rules",
      body: "Her dad has no limits at his house and I have quite a few. How do other separated parents handle this?",
      replies: ["We agreed on three basic rules for both houses and let the rest differ."],
    },
    {
      title: "My child saw something upsetting online",
      body: "My 10-year-old came across a frightening video on a video site. She told me, which I'm glad about. How do I help her now?",
      replies: ["Thank her for telling you, which it sounds like you did. Then keep it calm and open for more questions."],
    },
    {
      title: "Online safety talks at school: worth going?",
      body: "The school is running an evening session for parents. Has anyone been to one? Was it useful?",
      replies: ["Yes, I learned a lot about the apps my kids use that I'd never heard of."],
    },
    {
      title: "Good conversations this week",
      body: "A positive thread: my son showed me how he blocks people in his games and I was really impressed.",
      replies: ["Love this. My daughter taught me how to set my own account to private!"],
    },
  ],
};

// A few posts that the engine holds, so demo staff have a queue to work through.
export const DEMO_HELD: { space: SpaceId; title: string; body: string }[] = [
  { space: "young-people", title: "add me", body: "anyone want to chat? text me on 07700 900123" },
  { space: "young-people", title: "can't stop", body: "i've started cutting myself again and i don't know who to tell" },
  { space: "parents", title: "Worried about my son's new friend", body: "A man he met on a game keeps sending him gift cards and told him to keep their chats secret from us." },
];
