// One try at one archive job: load what was signed, render it, file it, send the employee the copy. Each
// step is recorded as it succeeds (through `save`), so the next try starts after the last recorded step.
import type { ArchiveFailure, ArchiveJob } from '../core/archive-job';
import { languageFromLocale } from '../core/language';
import { KIND_NAMES } from '../core/kind-names';
import { isFullyApproved } from '../core/referat/approval';
import { contentHash } from '../core/referat/canonical';
import { referatCopyMail } from '../core/archive-texts';
import type { ArchiveDeps } from './archive-deps';
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
 * 'filed': filed and copied (or the employee has no mailbox). 'dropped': the referat is no longer fully
 * approved (edited after signing voids the approvals, DESIGN §2.6), so there is nothing signed to file;
 * the next second approval enqueues the new content. A job that waits for nothing is not kept: the
 * leader's status then shows the referat as not (yet) sent to the archive, which is the truth.
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
  if (!conversation || !stored || !isFullyApproved(stored.value)) return 'dropped';
  const referat = stored.value;
  let current = job;
  // Signed again with other content (edited, then both approved anew) before this job ran: file what is
  // signed now. The newer approval's own enqueue then finds the job done for that hash.
  const hash = contentHash(referat);
  if (hash !== current.contentHash)
    current = await save({ ...current, contentHash: hash, steps: { filed: null, copySent: false } });

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
  // a link would open nothing. At least once: a crash after sending and before recording sends the copy
  // again on the next try. A second identical mail is a nuisance; a missing copy would break the routine.
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
      });
    } catch (error) {
      throw new ArchiveStepError('mail-failed', error instanceof Error ? error.message : String(error));
    }
    await save({ ...current, steps: { ...current.steps, copySent: true } });
  }
  return 'filed';
}
