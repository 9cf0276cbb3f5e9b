// Creates a staff account (the first admin, typically) and prints its one-time credentials:
//   npm run staff:create -- --username alex --role admin
import { parseArgs } from "node:util";
import QRCode from "qrcode";
import { connect } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { findStaffByUsername } from "../db/repos/staff.ts";
import { appendAudit } from "../db/repos/audit.ts";
import { createStaffAccount, roleSchema, usernameSchema } from "../server/staff/accounts.ts";
import { otpauthUri } from "../server/staff/totp.ts";

const { values } = parseArgs({ options: { username: { type: "string" }, role: { type: "string", default: "admin" } } });
const username = usernameSchema.safeParse(values.username);
const role = roleSchema.safeParse(values.role);
if (!username.success || !role.success) {
  console.error(username.success ? role.error!.issues[0]!.message : username.error.issues[0]!.message);
  console.error("usage: npm run staff:create -- --username NAME [--role admin|moderator|safeguarding_lead|partnership_lead]");
  process.exit(2);
}
const { db, dialect } = connect(process.env.DATABASE_URL);
await migrateToLatest(db);
if (await findStaffByUsername(db, username.data)) {
  console.error(`A staff member called ${username.data} already exists.`);
  await db.destroy();
  process.exit(1);
}
const { password, totpSecret } = await createStaffAccount(db, { username: username.data, role: role.data, withTotp: true });
await appendAudit(db, dialect, { actor: "cli", action: "staff.created", target: `staff:${username.data}`, reason: `role ${role.data}` });
await db.destroy();
const uri = otpauthUri(username.data, totpSecret!);
console.log(`Created ${role.data} ${username.data}.`);
console.log(`password (shown once): ${password}`);
console.log(`TOTP secret: ${totpSecret}`);
console.log(`otpauth URI: ${uri}`);
console.log(await QRCode.toString(uri, { type: "terminal", small: true }));
