import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../errors.js';
import { DEFAULT_BASE } from '../model/build-article.js';
import { DEFAULT_FORMATS } from '../pipeline/output-formats.js';
import { parseBase } from './base-iri.js';
import { parseFormats } from './formats.js';
import { processIo, type CliIo } from './io.js';
import { reportFailure } from './report.js';
import { parseByteSize } from './byte-size.js';
import { parseJobs } from './jobs.js';

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
    .description('export articles (.txt, .html, .jsonl files, folders, globs, or - for stdin) to linked data')
    .argument('<paths...>', 'article files, folders (every .txt, .html, .jsonl inside, recursively), quoted globs, or - for standard input')
    .option('-o, --out <dir>', 'output folder', 'output')
    .addOption(new Option('-f, --format <list>', `formats: jsonld, ttl, trig, nq, model, html, or all`).argParser(parseFormats).default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')))
    .addOption(new Option('--base <iri>', 'base IRI for articles and entities').argParser(parseBase).default(DEFAULT_BASE))
    .option('--kb <file>', 'an extra knowledge-base file (repeatable)', collect, [])
    .addOption(new Option('--max-bytes <size>', 'refuse input files (and JSON Lines rows) larger than this (default 5MB; e.g. 500KB, 20MB)').argParser(parseByteSize))
    .addOption(new Option('-j, --jobs <n>', 'worker threads (1: no workers; default: the number of cores)').argParser(parseJobs))
    .option('--resume', 'skip inputs whose outputs (every requested format) are newer than the input')
    .option('--report <file>', 'write the run summary and the failures as JSON')
    .option('-q, --quiet', 'no progress and no summary (failures are still printed)')
    .action(async (paths: string[], opts) => {
      const { runExport } = await import('./export-command.js');
      setCode(
        await runExport(
          paths,
          { out: opts.out, format: opts.format, base: opts.base, kb: opts.kb, maxBytes: opts.maxBytes, quiet: opts.quiet, jobs: opts.jobs, resume: opts.resume, report: opts.report },
          io,
        ),
      );
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
    .option('--google', "also check Google's Article recommendations and schema.org conformance (types, properties, domains, ranges)")
    .action(async (files: string[], opts: { google?: boolean }) => {
      const { runValidate } = await import('./validate-command.js');
      setCode(await runValidate(files, io, { google: opts.google }));
    });

  program
    .command('query')
    .description('run a SPARQL 1.1 query over exported files (.nq, .trig, .ttl) in an in-process store')
    .argument('<sparql>', 'the query, or @file.rq to read it from a file')
    .option('-d, --data <paths...>', 'export files or folders (every .nq, .trig or .ttl inside)', ['output'])
    .addOption(new Option('-f, --format <format>', 'table, json (SPARQL 1.1 JSON results), csv; ttl or nt for CONSTRUCT').choices(['table', 'json', 'csv', 'ttl', 'nt']).default('table'))
    .action(async (sparql: string, opts) => {
      const { runQueryCommand } = await import('./query-command.js');
      setCode(await runQueryCommand(sparql, { data: opts.data, format: opts.format }, io));
    });

  program
    .command('load')
    .description('load exports into a triple store: PUT each article graph (Graph Store Protocol) or SPARQL Update; a re-run replaces, never duplicates')
    .argument('<paths...>', 'export files or folders (every .nq, .trig or .ttl inside)')
    .requiredOption('-e, --endpoint <url>', 'the Graph Store endpoint (gsp) or the SPARQL Update endpoint (update)')
    .addOption(new Option('--protocol <name>', 'gsp: PUT ?graph=…; update: DROP + INSERT DATA').choices(['gsp', 'update']).default('gsp'))
    .option('--graph-store <url>', 'the Graph Store endpoint, when --endpoint is the SPARQL endpoint')
    .option('-u, --user <name>', 'user for HTTP Basic or Digest authentication')
    .addOption(new Option('-p, --password <secret>', 'password (better: the environment variable)').env('NEWSGRAPH_PASSWORD'))
    .option('--retries <n>', 'retries after a 5xx answer or a connection failure', '3')
    .option('--retry-delay <ms>', 'first wait before a retry; each next one doubles', '500')
    .option('--timeout <seconds>', 'per request', '60')
    .option('-q, --quiet', 'no summary line when everything loaded')
    .action(async (paths: string[], opts) => {
      const { runLoadCommand } = await import('./load-command.js');
      setCode(await runLoadCommand(paths, opts, io));
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
