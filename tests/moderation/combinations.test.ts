/**
 * The co-occurrence rules (moderation/rules/combinations.ts), case by case over
 * tests/fixtures/moderation-combinations.jsonl: new wordings of known situations
 * and harmless look-alikes from the same topics (advice, school letters, family,
 * pets, games, figurative speech).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { moderate, RULES } from "../../moderation/index.ts";
import { COMBINATION_RULES } from "../../moderation/rules/combinations.ts";
import { explain } from "./helpers.ts";

interface Case {
  text: string;
  escalate: boolean;
  category?: string;
  severity: number;
  pii?: string;
}

const FIXTURE = fileURLToPath(new URL("../fixtures/moderation-combinations.jsonl", import.meta.url));
const CASES: Case[] = readFileSync(FIXTURE, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Case);

describe("combination rules: registration", () => {
  it("are all registered, with unique ids and a note", () => {
    const ids = RULES.map((r) => r.id);
    for (const r of COMBINATION_RULES) {
      expect(ids, r.id).toContain(r.id);
      expect(ids.filter((id) => id === r.id), r.id).toHaveLength(1);
      expect(r.id).toContain(".combo_");
      expect(r.note.length).toBeGreaterThan(20);
    }
  });

  it("the fixture is large and balanced", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(CASES.filter((c) => c.severity <= 1).length).toBeGreaterThanOrEqual(60);
  });
});

describe("combination fixture: severity 3–4 cases are held", () => {
  for (const c of CASES.filter((x) => x.severity >= 3)) {
    it(c.text, () => {
      const v = moderate(c.text);
      if (c.severity === 4) expect(v.severity, explain(c.text)).toBe(4);
      else expect(v.severity, explain(c.text)).toBeGreaterThanOrEqual(3);
    });
  }
});

/**
 * Harmless look-alikes that OTHER (older, phrase-list) rules still hold. They are
 * reported to the rules' owner rather than edited here; until fixed, these cases
 * only check that no combination rule adds to the false alarm.
 */
const KNOWN_FALSE_ALARMS_OF_OTHER_RULES: ReadonlyMap<string, string> = new Map([
  ["what should i do if someone threatens to share my pictures?", "sextortion.threat_to_share, sextortion.scammed_into_images"],
  ["my teacher said my drawing was beautiful", "grooming.adult_attention"],
  ["i delete my chat history every night because my phone is full", "grooming.delete_chats"],
  ["said goodbye to my cat before school, phone's dead now lol", "immediate_danger.goodbye_then_silence"],
  ["i want to disappear to the beach for the weekend", "self_harm.wanting_to_die"],
  ["how do i tell if someone my daughter talks to online is an adult?", "grooming.age_gap"],
  ["my son plays roblox with a grown man who runs the server, is that normal?", "grooming.age_gap"],
  ["someone asked for my address to send the parcel", "grooming.probing_questions"],
  ["my coach asked where i live so he can sort out lifts for the away match", "grooming.probing_questions"],
  ["my dad is 45 and i'm 13, he's picking me up tonight", "grooming.meeting_someone_from_online"],
  ["meeting my 18 year old sister tonight at the cinema", "grooming.meeting_someone_from_online, immediate_danger.meeting_tonight"],
  ["she said goodbye and now she's on the plane, phone's off", "immediate_danger.goodbye_then_silence"],
  ["we had an assembly today about sextortion and what to do if someone threatens you", "sextortion.named"],
  ["my tutor asked if my mum is home so he can talk about my progress", "grooming.probing_questions"],
  ["my neighbour is 70 and asked if my parents are home because of a parcel", "grooming.probing_questions"],
  ["my coach texts the team late at night about the next match", "grooming.adult_attention"],
  ["my teacher messaged my mum saying i'm very mature", "grooming.adult_attention"],
  ["i'm 13 and my brother is 19, he's picking me up after school", "grooming.meeting_someone_from_online"],
  ["my mum said goodbye at the airport and her phone is off now, she's flying", "immediate_danger.goodbye_then_silence"],
  ["my dog watches me in the shower lol", "abuse_disclosure.sexual"],
  ["My daughter is 14. She keeps saying she wants to disappear into her room and play games. Is this normal teenager stuff?", "self_harm.someone_worried"],
  ["my teacher asked where i live because i'm doing the school leaflet drop", "grooming.probing_questions"],
  ["my brother walked into the bathroom when i was brushing my teeth", "abuse_disclosure.sexual"],
  ["my mum comes in my room when i'm getting ready for school to do my hair", "abuse_disclosure.sexual"],
  ["if you really liked me you'd send me a meme", "image_abuse.prove_you_love_me"],
  ["my teacher said i'm special to the team", "grooming.adult_attention"],
  ["my dad is 38 and i'm 12, we're meeting my mum tonight", "grooming.meeting_someone_from_online"],
  ["i said goodbye to my friends and now i can't reach my mum to pick me up", "immediate_danger.goodbye_then_silence"],
  ["my son said goodbye and went to bed, now his phone's off for the night", "immediate_danger.goodbye_then_silence"],
  ["my brother comes in my room when i'm sleeping to steal my charger", "abuse_disclosure.sexual"],  ["my tiktok is going round the whole school and people love it", "contact_seeking.off_platform"],
  ["my teacher asked where i live for the school register", "grooming.probing_questions"],
  ["delete the chat after every game, it's a setting in the app", "grooming.delete_chats"],
  ["meeting my cousin in an hour, he's 20 and i'm 14, we're going bowling with my mum", "immediate_danger.meeting_tonight, immediate_danger.meeting_tonight_older, grooming.age_gap"],
  ["my grandma said goodbye and her phone is off because she's at church", "immediate_danger.goodbye_then_silence"],
  ["i don't see the point in living in fear of exams", "self_harm.wanting_to_die"],
  ["i want to disappear off social media for a while", "self_harm.wanting_to_die"],
  ["my dad comes into my room when i'm getting ready to say goodbye before work", "abuse_disclosure.sexual"],
  ["my cousin does stuff to me like tickling and it's annoying lol", "abuse_disclosure.sexual"],
  ["is it normal for a coach to message kids at night? asking for my club's policy", "grooming.adult_attention"],
  ["if someone asks for your address online, tell an adult", "grooming.probing_questions"],
  ["our school letter said sextortion is on the rise and to talk to our kids", "sextortion.named"],
  ["my coach is 30 and says i'm his most improved player", "grooming.secrecy"],
  ["a man in his thirties asked my daughter what her favourite subject is", "grooming.age_gap"],
  ["he says our friendship is special, he's my best mate", "grooming.flattery"],
  ["meeting my cousin in 30 mins, she's 19, i'm 15", "grooming.meeting_someone_from_online, immediate_danger.meeting_tonight, immediate_danger.meeting_tonight_older, grooming.age_gap"],
  ["meeting my mum tonight, she's 40 and i'm 13 lol", "grooming.meeting_someone_from_online, immediate_danger.meeting_tonight, immediate_danger.meeting_tonight_older"],
  ["my daughter said goodbye to her friends and now her phone is off for the exam", "immediate_danger.goodbye_then_silence"],
  ["no point living in regret, just move on", "self_harm.wanting_to_die"],
  ["in his car now, his dad is driving us to the match", "immediate_danger.being_taken_somewhere"],
  ["if you liked me back you'd text me more lol", "contact_seeking.off_platform"],
  ["at his place now, his mum is making dinner and he won't let me leave without dessert lol", "immediate_danger.not_allowed_to_leave"],
  ["in his car now, his mum is driving us to the cinema", "immediate_danger.being_taken_somewhere"],
  ["meeting my nan tonight, she's 80 and i'm 14", "grooming.meeting_someone_from_online, immediate_danger.meeting_tonight, immediate_danger.meeting_tonight_older"],
  ["i don't see the point in carrying on with piano lessons", "self_harm.wanting_to_die"],
  // The blind rounds teach the model that an online "friend" asking about parents is probing
  // supervision (groomers give a young age): held for a person to judge, not published.
  ["my online friend is 15 and asked if my parents are strict", "model.grooming"],
  // "dad comes in the bathroom" is how many real disclosures begin; the model holds it for a person.
  ["my dad comes in the bathroom to fix the shower", "model.abuse_disclosure"],
  // A false alarm of the model trained on 36,323 posts (2026-12-08): many blind posts pair a
  // 12-year-old with snapchat in real grooming, and this parent's age question shares the words.
  // Known and reported in issue 9; a label of its own for age-rating questions would fix it.
  ["what age is ok for snapchat? my 12 year old wants it", "model.grooming"],
]);

describe("combination fixture: harmless look-alikes are not held", () => {
  for (const c of CASES.filter((x) => x.severity <= 1)) {
    const other = KNOWN_FALSE_ALARMS_OF_OTHER_RULES.get(c.text);
    if (other === undefined) {
      it(c.text, () => {
        expect(moderate(c.text).severity, explain(c.text)).toBeLessThan(2);
      });
    } else {
      it(`${c.text} (no combination rule fires; still held by ${other})`, () => {
        const combo = moderate(c.text).matches.filter((m) => m.ruleId.includes(".combo_"));
        expect(combo, explain(c.text)).toEqual([]);
      });
    }
  }
});
