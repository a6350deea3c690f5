import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../errors.js';
import { DEFAULT_BASE } from '../model/build-article.js';
import { DEFAULT_FORMATS } from '../pipeline/output-formats.js';
import { parseBase } from './base-iri.js';
import { parseFormats } from './formats.js';
import { processIo, type CliIo } from './io.js';
import { reportFailure } from './report.js';
import { parseByteSize } from './byte-size.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Declares the commands; each action calls library code and resolves to an exit code. */
function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('newsgraph')
    .description('Turn Russian news articles into linked data: schema.org JSON-LD, Turtle, TriG, N-Quads and HTML.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run newsgraph --help for usage)');

  program
    .command('export')
    .description('export articles (.txt files or folders of them) to linked data')
    .argument('<paths...>', 'article files or folders (every *.txt inside, recursively)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .addOption(new Option('-f, --format <list>', `formats: jsonld, ttl, trig, nq, model, html, or all`).argParser(parseFormats).default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')))
    .addOption(new Option('--base <iri>', 'base IRI for articles and entities').argParser(parseBase).default(DEFAULT_BASE))
    .option('--kb <file>', 'an extra knowledge-base file (repeatable)', collect, [])
    .addOption(new Option('--max-bytes <size>', 'refuse input files larger than this (e.g. 5MB)').argParser(parseByteSize))
    .option('-q, --quiet', 'no summary line')
    .action(async (paths: string[], opts) => {
      const { runExport } = await import('./export-command.js');
      setCode(await runExport(paths, { out: opts.out, format: opts.format, base: opts.base, kb: opts.kb, maxBytes: opts.maxBytes, quiet: opts.quiet }, io));
    });

  program
    .command('render')
    .description('serialize edited model files (NAME.model.json) again')
    .argument('<models...>', 'model JSON files written by export --format model')
    .option('-o, --out <dir>', 'output folder', 'output')
    .addOption(new Option('-f, --format <list>', 'formats: jsonld, ttl, trig, nq, model, html, or all').argParser(parseFormats).default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')))
    .addOption(new Option('--base <iri>', 're-base the article and its entities').argParser(parseBase))
    .action(async (models: string[], opts) => {
      const { runRender } = await import('./render-command.js');
      setCode(await runRender(models, { out: opts.out, format: opts.format, base: opts.base }, io));
    });

  program
    .command('validate')
    .description('check model JSON against the schema and Turtle/TriG/N-Quads/JSON-LD/HTML against the SHACL shapes')
    .argument('<files...>', 'files to check (.model.json, .ttl, .trig, .nq, .jsonld, .html)')
    .action(async (files: string[]) => {
      const { runValidate } = await import('./validate-command.js');
      setCode(await runValidate(files, io));
    });

  return program;
}

/** Runs the CLI in-process: argv without the node and script entries; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code);
      return quiet ? ExitCode.ok : ExitCode.usage;
    }
    return reportFailure(io, e);
  }
}
