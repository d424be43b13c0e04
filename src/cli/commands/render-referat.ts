// samtale render-referat --input FILE --out FILE.pdf: a referat document (samtale schema
// referat-document; sample in examples/referat.json) as the PDF/A-2b that goes to the personnel folder.
// The only command that writes a file, and it writes only after the input was read and checked, so bad
// input (exit 2) leaves nothing behind.
import { createPdfmakeRenderer } from '../../adapters/pdf/pdfmake-renderer';
import { ZReferatDocument } from '../../core/referat/referat-document';
import { EXIT, UsageError, type Command } from '../io';
import { parseOptions } from '../parse-options';
import { readJsonInput } from '../read-json-input';

const USAGE = [
  'Usage: samtale render-referat --input FILE.json --out FILE.pdf',
  '',
  '  --input   the referat document as JSON (samtale schema referat-document; see examples/referat.json)',
  '  --out     where to write the PDF/A-2b',
  '',
].join('\n');

export const renderReferat: Command = async (args, io) => {
  const options = parseOptions(args, {
    input: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (options.input === undefined) throw new UsageError('--input FILE.json is required');
  if (options.out === undefined) throw new UsageError('--out FILE.pdf is required');
  if (!io.writeFile) throw new Error('this environment cannot write files');
  const doc = await readJsonInput(io, options.input, ZReferatDocument);
  const pdf = await createPdfmakeRenderer().renderReferat(doc);
  await io.writeFile(options.out, pdf);
  io.stdout(`${options.out}: ${Math.ceil(pdf.length / 1024)} kB, PDF/A-2b\n`);
  return EXIT.ok;
};
