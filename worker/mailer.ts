// Delivers one email. With SMTP_URL set (production) it goes out through nodemailer,
// from EMAIL_FROM; without it (development, tests) it is only logged. The body may
// hold a one-time link (verification, password reset), so it is logged only when
// LOG_EMAIL_BODIES=1.
//
// SMTP_URL is nodemailer's URL form, e.g. smtps://user:password@smtp.example.com:465;
// its query string can override the timeouts set here (?greetingTimeout=20000).
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "graphile-worker";
import type { OutboxMessage, Transport } from "./outbox.ts";

let smtp: Transporter | undefined;

function smtpTransport(url: string): Transporter {
  // nodemailer's defaults wait minutes on a silent server; a job should fail fast and retry.
  smtp ??= nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return smtp;
}

/**
 * Waits for `work`, but gives up when the worker is asked to shut down, so the job is
 * released for a retry instead of holding the shutdown (and its lock) hostage.
 */
async function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error("The worker is shutting down; the message will be retried."));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  work.catch(() => undefined); // if the abort wins, a late failure is not "unhandled"
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

export async function deliver(message: OutboxMessage, logger: Logger, signal?: AbortSignal): Promise<Transport> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    logger.info(`email to ${message.to_address}: ${message.subject}`);
    if (process.env.LOG_EMAIL_BODIES === "1") logger.info(message.body);
    return "log";
  }
  const from = process.env.EMAIL_FROM;
  if (!from) throw new Error("SMTP_URL is set but EMAIL_FROM is not: no sender address.");
  const sending = smtpTransport(smtpUrl).sendMail({
    from,
    to: message.to_address,
    subject: message.subject,
    text: message.body,
  });
  await unlessAborted(sending, signal);
  return "smtp";
}
