/** Item 3 of issue 4: PII detectors, each type and its disguises, and things that are not PII. */
import { describe, expect, it } from "vitest";
import { moderate, type PiiType } from "../../moderation/index.ts";
import { explain } from "./helpers.ts";

const FOUND: Array<[PiiType, string, string]> = [
  ["phone", "ring me 07700 900987", "07700 900987"],
  ["phone", "my number is +44 7700 900123", "+44 7700 900123"],
  ["phone", "call 0044 7700-900-123 later", "0044 7700-900-123"],
  ["phone", "phone me on 0 7 7 0 0 9 0 0 3 2 1", "0 7 7 0 0 9 0 0 3 2 1"],
  ["phone", "landline (0113) 496 0958", "(0113) 496 0958"],
  ["phone", "full-width ０７７００９００１２３", "０７７００９００１２３"],
  ["phone", "077\u200b009\u200b00123", "077\u200b009\u200b00123"],
  ["email", "email me at sam.t.2011@hotmail.co.uk", "sam.t.2011@hotmail.co.uk"],
  ["email", "sam dot t at gmail dot com", "sam dot t at gmail dot com"],
  ["email", "write to jo [at] outlook [dot] com", "jo [at] outlook [dot] com"],
  ["social_handle", "dm me on tiktok @jayden.k.07", "@jayden.k.07"],
  ["social_handle", "my sc is jess_xo_11 add me", "jess_xo_11"],
  ["social_handle", "add me on insta: lily.rose_09", "lily.rose_09"],
  ["social_handle", "my snap is emilyxo", "emilyxo"],
  ["url", "watch my stream at twitch.tv/someone123", "twitch.tv/someone123"],
  ["url", "https://example.com/page?x=1", "https://example.com/page?x=1"],
  ["url", "join discord.gg/abc123", "discord.gg/abc123"],
  ["url", "go to www.somesite.co.uk", "www.somesite.co.uk"],
  ["school", "anyone else go to St Mary's Catholic High School?", "St Mary's Catholic High School"],
  ["school", "i go to oakfield academy", "oakfield academy"],
  ["school", "My son is at Hillcrest Grammar School", "Hillcrest Grammar School"],
  ["postcode", "I live in LS6 3HN", "LS6 3HN"],
  ["postcode", "postcode sw1a1aa", "sw1a1aa"],
  ["address", "I live on 22 Queen Street", "22 Queen Street"],
  ["address", "i live on victoria road", "live on victoria road"],
  ["name", "my name is Jessica Smith", "my name is Jessica Smith"],
  ["name", "my name is Tom from Leeds", "my name is Tom from Leeds"],
];

describe("PII is found, with the span of the detail", () => {
  it.each(FOUND)("%s: %s", (type, text, span) => {
    const v = moderate(text);
    expect(v.pii, explain(text)).toContain(type);
    expect(v.categories).toContain("pii");
    expect(v.severity).toBeGreaterThanOrEqual(2);
    const spans = v.matches.filter((m) => m.pii === type).map((m) => text.slice(m.start, m.end));
    expect(spans, explain(text)).toContain(span);
  });
});

describe("not PII", () => {
  it.each([
    "call Childline on 0800 1111",
    "the NSPCC helpline is 0808 800 5000",
    "ring Samaritans on 116 123",
    "see childline.org.uk/report-remove",
    "I scored 2011 points in 2024",
    "meet you at 5pm",
    "I go to secondary school",
    "we went to the high school musical",
    "my snap is broken again",
    "tiktok is so addictive",
    "I have 3 dogs on the road",
    "hello.everyone",
    "my name is sad today",
    "@everyone have a good day",
  ])("%s", (text) => {
    expect(moderate(text).pii, explain(text)).toEqual([]);
  });
});

describe("personal details that don't look like the textbook (issue 9, item 4)", () => {
  const cases: Array<[string, string]> = [
    ["my number is oh seven seven double oh, nine double oh, one two three", "phone"],
    ["text 07700 nine zero zero 4 5 6 if ur in my year", "phone"],
    ["new phone, its 077OO 9OO 1O2", "phone"],
    ["seven seven double oh nine double oh four four four, ring after school", "phone"],
    ["email the club at coach.dan[at]riverside-fc[dot]org", "email"],
    ["my school email is j.smith09 at oakhill dot sch dot uk", "email"],
    ["my snapchat's sunnybee_x", "social_handle"],
    ["roblox user is DinoKing_2012 add me", "social_handle"],
    ["our blog is greenfieldscouts dot co dot uk", "url"],
    ["revision notes at rb.gy/mathsnotes", "url"],
    ["anyone else at st bede's rc high?", "school"],
    ["i'm in year 8 at hillside acad", "school"],
    ["starting at parkway sixth form in september", "school"],
    ["is wr25tq near the leisure centre", "postcode"],
    ["we're on Maple Crescent, number 14, come round later", "address"],
    ["I'm Harriet Dunmore from Kendal and I love climbing", "name"],
  ];
  it.each(cases)("%s → %s", (text, type) => {
    const v = moderate(text);
    expect(v.pii, explain(text)).toContain(type);
    expect(v.severity, explain(text)).toBeLessThan(3); // a detail alone is reviewed, never escalated
  });

  it.each([
    "call Childline on 0800 1111, it's free",
    "Samaritans are on 116 123 any time",
    "the NSPCC helpline is 0808 800 5000",
    "i scored seven seven nine in the quiz lol",
    "my teacher asked which sixth form i want to go to",
  ])("not a personal detail: %s", (text) => {
    expect(moderate(text).pii).toEqual([]);
  });
});
