/** The parent space's framing (SAFEGUARDING.md section 1, priority 11). */
export default function ParentNote() {
  return (
    <div class="panel panel--calm">
      <p>
        <strong>This space is for just talking it through, not reporting.</strong> You can share what's
        worrying you and hear from other parents and carers.
      </p>
      <p>
        Our staff only act without asking you if a child may be in immediate danger. If a child is in
        danger right now, call <a href="tel:999">999</a>.
      </p>
    </div>
  );
}
