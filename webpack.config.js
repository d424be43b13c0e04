// One webpack build per front surface (DESIGN.md §3): the Teams tab and the Outlook add-in task pane.
// Each surface gets its own folder under dist/, which the server serves at /tab/ and /outlook/.
// The pages must run under CSP `script-src 'self'`: html-webpack-plugin only emits <script src>, never
// inline code, and nothing loads from a CDN but office.js on the add-in's page (below).
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';

const root = import.meta.dirname;

// Office add-ins must load office.js from Microsoft's CDN, never a bundled copy; the server's CSP allows that
// one host on /outlook/ only (src/server/http/security.ts). In the demo's plain browser it may fail to load,
// and the task pane then runs without it.
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const surfaces = [
  // start-early.ts is a script of its own, first on the page: the first requests leave while the browser is
  // still reading the libraries, instead of after React and Fluent have run.
  { name: 'tab', entry: { early: './src/tab/start-early.ts', tab: './src/tab/index.tsx' }, title: 'Samtale' },
  {
    name: 'outlook',
    entry: { outlook: './src/outlook/index.tsx' },
    title: 'Samtale for Outlook',
    head: [OFFICE_JS],
  },
];

// bokmål is the default language; the app moves `lang` when the user's language is known. The bundle's
// scripts wait for the page (defer) and run in order; the tab's early.js depends on nothing and runs the
// moment it arrives (async).
const bundleScript = (src) =>
  `    <script ${/\/early\.[^/]*\.js$/.test(src) ? 'async' : 'defer'} src="${src}"></script>\n`;
const page =
  (title, head = []) =>
  ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
${head.map((src) => `    <script src="${src}"></script>\n`).join('')}${htmlWebpackPlugin.files.js.map(bundleScript).join('')}  </head>
  <body>
    <div id="root"></div>
    <noscript>Samtale trenger JavaScript.</noscript>
  </body>
</html>
`;

/** @returns {import('webpack').Configuration} */
function surfaceConfig(surface, mode) {
  const production = mode === 'production';
  return {
    name: surface.name,
    mode,
    context: root,
    entry: surface.entry,
    output: {
      path: path.join(root, 'dist', surface.name),
      publicPath: `/${surface.name}/`,
      filename: production ? '[name].[contenthash:12].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:12].js' : '[name].js',
      clean: true,
    },
    // 'eval' source maps would need 'unsafe-eval' in the CSP, so development uses plain files.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2022' } },
        // some dependencies ship ESM with extensionless imports
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    optimization: {
      // esbuild minifies in a fraction of terser's time; the output is within a few per cent.
      minimizer: [new EsbuildPlugin({ target: 'es2022' })],
      splitChunks: { chunks: 'all' },
    },
    plugins: [
      new HtmlWebpackPlugin({
        templateContent: page(surface.title, surface.head),
        inject: false,
        minify: false,
      }),
    ],
    // Fluent UI alone is above webpack's 244 KiB hint; the budget that matters is checked in review.
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

export default (_env, argv) => {
  const mode = argv.mode ?? 'production';
  return surfaces.map((surface) => surfaceConfig(surface, mode));
};
