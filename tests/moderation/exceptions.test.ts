/** Item 2 of issue 4 and SAFEGUARDING.md section 4: figurative and everyday uses pass; negation is never silent. */
import { describe, expect, it } from "vitest";
import { moderate } from "../../moderation/index.ts";
import { explain } from "./helpers.ts";

const HARMLESS = [
  // the exceptions named in issue 4 and SAFEGUARDING.md
  "I was dying of laughter",
  "I nearly died laughing",
  "we killed it at the concert",
  "you're killing it, well done!",
  "I'm going to kill it at the talent show tomorrow",
  "I cut my hair last night",
  "we shot some hoops after school",
  "assassin's creed is my favourite game",
  "I killed everyone in Assassin's Creed",
  "Scunthorpe is lovely in spring",
  "I keep a secret diary",
  "meeting the whole class at the cinema",
  "we did a knife skills session in food tech",
  "the photo booth at the party was so fun",
  "How can I tell if my child is being groomed online? I want to know the signs",
  "our school had a talk about sextortion today",
  // more everyday look-alikes
  "that exam absolutely killed me",
  "i'm dying to see the new film",
  "my feet are killing me",
  "I cut myself shaving",
  "I hurt myself playing rugby",
  "my mum takes pills for her blood pressure",
  "we walked over the bridge to school",
  "my dog ran away but came back",
  "he always beats me at FIFA",
  "the ending really touched me",
  "love you all xxx",
  "I'm 15 and my sister is 20",
  "we're meeting at the park after school to play football",
  "I sent my mum a picture of the sunset",
  "my little brother keeps a secret stash of sweets",
  "my mum said never to keep secrets from her, which is fair",
  "I blocked a random person who added me",
  "does anyone know a good cocktail sausage recipe",
  "Sussex and Essex are both counties",
  "I want to die my hair blue",
];

describe("everyday and figurative uses are not held", () => {
  it.each(HARMLESS)("%s", (text) => {
    expect(moderate(text).severity, explain(text)).toBeLessThanOrEqual(1);
  });
});

describe("negated crisis talk is severity 2 with category self_harm, never silently allowed", () => {
  it.each([
    "I'm not going to hurt myself",
    "I would never kill myself, I just feel low",
    "i'm not suicidal, just tired",
    "don't worry, I won't cut myself",
  ])("%s", (text) => {
    const v = moderate(text);
    expect(v.severity, explain(text)).toBe(2);
    expect(v.action).toBe("review");
    expect(v.categories).toEqual(["self_harm"]);
    expect(v.negated).toBe(true);
  });

  it("is not negated when another crisis phrase is not", () => {
    const v = moderate("I'm not going to hurt myself. I want to die.");
    expect(v.severity).toBe(3);
    expect(v.negated).toBe(false);
  });

  it("a negation elsewhere does not cancel a crisis phrase", () => {
    expect(moderate("I don't know why but i want to kill myself").severity).toBe(3);
    expect(moderate("i can't stop thinking about suicide").severity).toBe(3);
  });
});

describe("talking about a topic is not a disclosure, but worry is", () => {
  it("asking for the signs passes; a worried parent is escalated", () => {
    expect(moderate("what are the signs that a child is being groomed?").severity).toBe(0);
    expect(moderate("I'm worried my daughter is being groomed by a man on snapchat").severity).toBe(3);
  });

  it("a school talk passes; a victim is escalated", () => {
    expect(moderate("we learned about sextortion in PSHE").severity).toBe(0);
    expect(moderate("i'm being sextorted, what do i do").severity).toBe(3);
  });
});
