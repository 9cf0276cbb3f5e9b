import { randomInt } from "node:crypto";

// Friendly, obviously made-up names: nobody should mistake one for a real person.
const ADJECTIVES = [
  "Amber", "Brave", "Breezy", "Bright", "Calm", "Cheerful", "Clever", "Cosy", "Curious", "Dapper",
  "Gentle", "Glowing", "Golden", "Happy", "Hopeful", "Jolly", "Kind", "Lucky", "Mellow", "Misty",
  "Nimble", "Patient", "Peaceful", "Plucky", "Quiet", "Rosy", "Sandy", "Silver", "Sleepy", "Snowy",
  "Sparkly", "Steady", "Sunny", "Swift", "Thoughtful", "Tidy", "Velvet", "Warm", "Wise", "Zesty",
];
const ANIMALS = [
  "Badger", "Beaver", "Bumblebee", "Capybara", "Crane", "Dolphin", "Dormouse", "Falcon", "Ferret", "Finch",
  "Fox", "Gecko", "Hedgehog", "Heron", "Koala", "Lemur", "Llama", "Lynx", "Meerkat", "Mole",
  "Moose", "Narwhal", "Newt", "Otter", "Owl", "Panda", "Pelican", "Penguin", "Puffin", "Quokka",
  "Rabbit", "Robin", "Seal", "Sparrow", "Squirrel", "Stoat", "Swan", "Tortoise", "Walrus", "Wren",
];

const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)] as T;

export function generatePseudonym(): string {
  return `${pick(ADJECTIVES)}${pick(ANIMALS)}${randomInt(10, 10_000)}`;
}
