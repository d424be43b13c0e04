// One try at one archive job: load what was signed, render it, file it, send the employee the copy, and
// schedule that copy's removal from the conductor's mailbox (mail-copy-removals.ts, a few minutes later).
// Each step is recorded as it succeeds (through `save`), so the next try starts after the last recorded step.
import type { ArchiveFailure, ArchiveJob } from '../core/archive-job';
import { languageFromLocale } from '../core/language';
import { KIND_NAMES } from '../core/kind-names';
import { isFullyApproved } from '../core/referat/approval';
import { contentHash } from '../core/referat/canonical';
import { referatCopyMail } from '../core/archive-texts';
import type { ArchiveDeps } from './archive-deps';
import { scheduleCopyRemoval } from './mail-copy-removals';
import { archiveDocumentOf } from './archive-document';
import { getConversation } from './conversations-repo';
import { getReferat } from './referats-repo';
import { resolveTemplate } from './templates-repo';

/** A failed step with the reason the leader is shown. */
export class ArchiveStepError extends Error {
  constructor(
    readonly reason: ArchiveFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'ArchiveStepError';
  }
}

/**
 * 'filed': filed and copied (or the employee has no mailbox), the copy's removal scheduled. 'dropped': the
 * referat is no longer fully approved (edited after signing voids the approvals, DESIGN §2.6), so there is
 * nothing signed to file; the next second approval enqueues the new content. A job that waits for nothing
 * is not kept: the leader's status then shows the referat as not (yet) sent to the archive, which is the
 * truth.
 */
export async function runArchiveJob(
  deps: ArchiveDeps,
  job: ArchiveJob,
  save: (job: ArchiveJob) => Promise<ArchiveJob>,
): Promise<'filed' | 'dropped'> {
  const [conversation, stored] = await Promise.all([
    getConversation(deps.store, job.conversationId),
    getReferat(deps.store, job.conversationId),
  ]);
  let current = job;
  // A copy an earlier try sent, and died before scheduling its removal (or a job stored before the queue
  // existed), is scheduled first: the referat may have been edited since (nothing left to file) or signed
  // anew (the steps start over), and the copy must not stay behind. It went from the referat's conductor.
  const sender = stored?.value.conductorId ?? conversation?.value.conductorId;
  if (current.steps.copySent && sender) await removeCopyLater(deps, current, sender);
  if (!conversation || !stored || !isFullyApproved(stored.value)) return 'dropped';
  const referat = stored.value;
  // Signed again with other content (edited, then both approved anew) before this job ran: file what is
  // signed now. The newer approval's own enqueue then finds the job done for that hash.
  const hash = contentHash(referat);
  if (hash !== current.contentHash) {
    current = await save({ ...current, contentHash: hash, steps: { filed: null, copySent: false } });
  }
  // filed and sent by a try that died before the job was completed: its removal is scheduled above
  if (current.steps.filed && current.steps.copySent) return 'filed';

  const [employee, conductor] = await Promise.all([
    deps.directory.getPerson(referat.employeeId),
    deps.directory.getPerson(referat.conductorId),
  ]);
  if (!employee || !conductor) throw new ArchiveStepError('missing-data', 'a party is not in the directory');
  if (!employee.employeeNumber)
    throw new ArchiveStepError('missing-data', 'the employee has no employee number (Graph employeeId)');
  const language = languageFromLocale(employee.preferredLanguage);
  const template = await resolveTemplate(deps.store, referat);
  const document = archiveDocumentOf({
    referat,
    conversation: conversation.value,
    employee,
    conductor,
    municipality: deps.municipalityName,
    language,
    template,
  });
  const pdf = await deps.pdf.renderReferat(document);
  const fileName = `${document.date} ${KIND_NAMES[referat.kind].nb}.pdf`;

  if (!current.steps.filed) {
    const policy = await deps.policyFor(employee.department);
    const filed = await deps.archive.file(
      {
        conversationId: referat.conversationId,
        employee: {
          id: employee.id,
          employeeNumber: employee.employeeNumber,
          displayName: employee.displayName,
        },
        kind: referat.kind,
        date: document.date,
        fileName,
        content: pdf,
        contentType: 'application/pdf',
      },
      // 002: under "replace previous" the new plan replaces the old one in the folder
      { retentionLabel: deps.retentionLabel, replacePrevious: policy.retention === 'replace-previous' },
    );
    current = await save({ ...current, steps: { ...current.steps, filed } });
  }

  // 003: "kopi til medarbeider". The PDF goes along: the personnel library is closed to the employee, so
  // a link would open nothing. Once: the mail is keyed by this job, so a try after a lost answer or a crash
  // before the record finds it sent. The copy's removal from the conductor's mailbox is scheduled only after
  // copySent is recorded; removed earlier, a retried send would find nothing under the key and send it again.
  // The job is done then: the removal is housekeeping in the leader's mailbox, and the leader and employee
  // see the referat as archived while it waits (get-archive-status.ts).
  if (!current.steps.copySent && employee.mail.includes('@')) {
    const mail = referatCopyMail({
      language,
      kind: referat.kind,
      employeeName: employee.displayName,
      conductorName: conductor.displayName,
    });
    try {
      await deps.mailer.sendMail({
        fromUserId: conductor.id,
        to: { mail: employee.mail, name: employee.displayName },
        ...mail,
        attachments: [{ name: fileName, contentType: 'application/pdf', bytes: pdf }],
        key: copyKeyOf(current),
      });
    } catch (error) {
      throw new ArchiveStepError('mail-failed', messageOf(error));
    }
    current = await save({ ...current, steps: { ...current.steps, copySent: true } });
    await removeCopyLater(deps, current, conductor.id);
  }
  return 'filed';
}

/** one job's copy of one signed content: a newer signing's copy is another mail */
function copyKeyOf(job: ArchiveJob): string {
  return `archive:${job.conversationId}:${job.contentHash}:copy`;
}

/**
 * The sent copy out of the conductor's mailbox (Sent Items), once Exchange has put it there: the referat is
 * confidential and kept in the personnel folder, not in a mailbox the leader may share with a deputy. The
 * queue keeps the first schedule, so calling it again on a later try changes nothing.
 */
async function removeCopyLater(deps: ArchiveDeps, job: ArchiveJob, senderId: string): Promise<void> {
  await scheduleCopyRemoval(deps.store, { senderId, key: copyKeyOf(job), sentAt: deps.clock.now() });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
