import nodemailer from "nodemailer";

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/**
 * Email through the SMTP server in HARBOUR_SMTP_URL. Short timeouts: a slow server costs a retry
 * later, never a stuck sender (the post itself never waits for mail at all).
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10_000 });
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, headers: { "Auto-Submitted": "auto-generated" } });
    },
    close: () => transport.close(),
  };
}

/** The reason a send failed, in words fit for a staff page: never the message or its address. */
export function sendFailureWords(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === "ECONNREFUSED" || code === "ESOCKET" || code === "ECONNECTION") return "the mail server did not answer";
  if (code === "ETIMEDOUT" || code === "ETIMEDOUT_GREETING") return "the mail server was too slow to answer";
  if (code === "EAUTH") return "the mail server refused Harbour's login";
  if (code === "EENVELOPE" || code === "EMESSAGE") return "the mail server refused the message";
  return "the mail server could not be reached";
}
