// Delivers one email. With SMTP_URL set (production) it goes out through nodemailer,
// from EMAIL_FROM; without it (development, tests) it is only logged. The body may
// hold a one-time link (verification, password reset), so it is logged only when
// LOG_EMAIL_BODIES=1.
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "graphile-worker";
import type { OutboxMessage, Transport } from "./outbox.ts";

let smtp: Transporter | undefined;

function smtpTransport(url: string): Transporter {
  smtp ??= nodemailer.createTransport(url);
  return smtp;
}

export async function deliver(message: OutboxMessage, logger: Logger): Promise<Transport> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    logger.info(`email to ${message.to_address}: ${message.subject}`);
    if (process.env.LOG_EMAIL_BODIES === "1") logger.info(message.body);
    return "log";
  }
  const from = process.env.EMAIL_FROM;
  if (!from) throw new Error("SMTP_URL is set but EMAIL_FROM is not: no sender address.");
  await smtpTransport(smtpUrl).sendMail({
    from,
    to: message.to_address,
    subject: message.subject,
    text: message.body,
  });
  return "smtp";
}
