// Walks the audit log's hash chain and reports the first broken link: npm run -s audit:verify
import { connect } from "../db/connect.ts";
import { verifyAuditChain } from "../db/repos/audit.ts";

const { db } = connect(process.env.DATABASE_URL);
const report = await verifyAuditChain(db);
await db.destroy();
if (report.ok) {
  console.log(`audit log intact: ${report.entries} entries, every link holds`);
} else {
  console.log(`audit log BROKEN at entry ${report.brokenAtSeq}: ${report.problem} (${report.entries} entries before it are intact)`);
  process.exit(1);
}
