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
    // North American numbers, spaced, bracketed, +1 or dictated
    ["txt me (415) 555-0172 after practice", "phone"],
    ["my cell is 6 4 6 - 5 5 5 - 0 1 9 3", "phone"],
    ["hit me up +1 718 555 0134", "phone"],
    ["number is four one five, five five five, oh one eight eight", "phone"],
    ["0-7-7-0-0 / 9-0-0 / 4-4-1 that's me", "phone"],
    ["plus four four seven seven double oh, nine double oh, three two one", "phone"],
    // handles wherever they sit near a platform word
    ["i'm on discord as moth_queen882 if u need someone", "social_handle"],
    ["there's a tiktok acc called exposing.y10.girls posting about us", "social_handle"],
    ["add my snap, it's rileyy_b02", "social_handle"],
    ["follow me on insta its pixie dot paints dot xo", "social_handle"],
    // links with spaces round the dot
    ["join the server: disc . gg / nightowls", "url"],
    // outward codes and zip codes where someone says they are
    ["anyone near m14 want to go to the park", "postcode"],
    ["my zip code is 60614 lol", "postcode"],
    // schools known by a saint's name, initials or their town
    ["i go to st wilfrid's, year 10", "school"],
    ["anyone here at lincoln middle?", "school"],
    ["i'm at ghs (grant high) btw", "school"],
    ["my brother's at the grammar in ripon", "school"],
    // streets in lower case, corners, names with a place
    ["meet at the bus stop near foxhall road", "address"],
    ["we're right on 3rd and elm", "address"],
    ["Jodie Marsh from Hull keeps messaging him", "name"],
    ["Dylan Cruz, Boise ID, junior, hi all", "name"],
    ["Miss Okoro at Brookfield is our head of year", "name"],
    ["my name is aaron feld from derby", "name"],
    // a full name in passing, with who or where the person is
    ["my best friend is ellie thompson in year 9 and she's the funniest", "name"],
    ["her name's chloe summers, she's in my form", "name"],
    ["it's Callum Reid fae Kirkcaldy, he started the rumour", "name"],
    ["Fiona Lennox at the chemist on Dalmuir Road is so kind", "name"],
    ["my support worker is Jenny Hollis, ask for her", "name"],
    // an email that spells a full name names the person too
    ["email her, its sarah.dunmore at leedscc dot gov dot uk", "name"],
    // a teacher by title once the school is given
    ["my daughter is at Hollybank High in Dewsbury and her head of year is Mrs Patel", "name"],
    // profile links and schools named with their town
    ["my brother's channel is youtube.com/@tomsbuilds pls sub", "social_handle"],
    ["does any1 go 2 oakwood academy in bristol, yr 9?", "school"],
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
    "we sold 1,250 tickets, 3,400 people came and we raised 7,200",
    "i'm in year 9 in set 2 for maths",
    "my new phone is a pixel 8, so much better",
    "saving my essay as history_final_v2.docx",
    "it was fine.then he left",
    "we moved from St Albans last year",
    "on google drive there's a folder for the play",
    "walking down memory lane looking at old photos",
    "we love jake morris, he's so funny on tiktok",
    "Taylor Swift in concert was the best night of my life",
    "reading harry potter at my nan's this weekend",
    "there's a grace period of two weeks on library books",
    "my friend ellie broke her arm at school",
    "got the stanley knife out for my DT project",
    "i play for the football academy in leeds",
    // a platform's letters at the start of a longer word are not the platform ("fb" in "fbaf4f")
    "Revision tips fbaf4f",
    "scaf3e is my favourite code word",
  ])("not a personal detail: %s", (text) => {
    expect(moderate(text).pii).toEqual([]);
  });
});
