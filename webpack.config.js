// Webpack build of the task pane (taskpane.html, loaded by Excel) and the standalone page (standalone.html, any
// browser, also from file://). Modelled on the Office add-in template (OfficeDev/Office-Addin-TaskPane-React).
//
// Build settings (environment variables, or `--env NAME=value`, e.g. `npm run build -- --env OFFICE_JS=cdn`):
//   ADDIN_URL=https://host/path/   where dist/ is served in production; replaces https://localhost:3000/ in
//                                  dist/manifest.xml. Unset: the manifest keeps the development URL.
//   OFFICE_JS=cdn                  taskpane.html loads office.js from Microsoft's CDN and the office.js files are
//                                  not copied. Default (OFFICE_JS=local): the add-in serves office.js itself from
//                                  dist/office-js/, copied from the @microsoft/office-js package, because an
//                                  intranet cannot reach the CDN.
const path = require("node:path");
const fs = require("node:fs");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { isOfficeJsFileForExcel } = require("./scripts/office-js-files.cjs");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
const officeJsPackageDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Packages that must only ever be fetched on demand (dynamic import), never in a page's first download. */
const LAZY_PACKAGES = ["exceljs", "mammoth", "opencc-js", "@fluentui/react-charts", "d3-[a-z-]+"];

/** The most JavaScript a page may download before it shows (gzipped, production build); the build fails above it. */
const FIRST_LOAD_BUDGET_GZIP = 200 * 1024;

/** A build setting from `--env NAME=value` or the environment variable NAME. */
function setting(env, name) {
  const value = (env && typeof env[name] === "string" ? env[name] : process.env[name]) || "";
  return value.trim();
}

/** The production URL from ADDIN_URL, always ending in "/"; Office only loads add-ins over HTTPS. */
function productionUrl(env) {
  const value = setting(env, "ADDIN_URL");
  if (!value) return urlDev;
  if (!/^https:\/\/[^/\s]+/i.test(value)) {
    throw new Error(`ADDIN_URL must be an https:// address (Office only loads add-ins over HTTPS), got: ${value}`);
  }
  return value.endsWith("/") ? value : `${value}/`;
}

/** Which office.js the task pane loads: "local" (default, served from dist/office-js/) or "cdn". */
function officeJsSource(env) {
  const value = (setting(env, "OFFICE_JS") || "local").toLowerCase();
  if (value !== "local" && value !== "cdn") {
    throw new Error(`OFFICE_JS must be "local" or "cdn", got: ${value}`);
  }
  return value;
}

async function getHttpsOptions() {
  // Required lazily: a production build must not need development certificates.
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    throw new Error(
      `HTTPS certificates for https://localhost are missing or not trusted: ${error.message}\n` +
        "Run `npm run dev-certs` (it installs them with office-addin-dev-certs and checks the result), then retry.",
    );
  }
}

/**
 * Marks the chunk built from exceljs's own minified browser bundle (exceljs/dist/exceljs.min.js) as minified, so the
 * minimizer does not spend most of the build re-minifying 900 KB that is already minified.
 */
class SkipMinifiedChunkPlugin {
  constructor(chunkNames) {
    this.chunkNames = new Set(chunkNames);
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SkipMinifiedChunkPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SkipMinifiedChunkPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (!this.chunkNames.has(chunk.name)) continue;
            for (const file of chunk.files) compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

/** An emitted asset's size after gzip (what the browser downloads from a server that compresses). */
function gzipSizeOf(compilation, file) {
  // After emit webpack keeps only the sizes of assets: read the emitted file (the dev server emits none).
  const emitted = path.join(compilation.outputOptions.path, file);
  return fs.existsSync(emitted) ? zlib.gzipSync(fs.readFileSync(emitted), { level: 9 }).length : 0;
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Fails the build when exceljs or mammoth end up in a page's initial chunks (they must stay behind a dynamic
 * import), and prints what each page downloads first and what it fetches on demand.
 */
class InitialChunkGuardPlugin {
  constructor(settings) {
    this.settings = settings;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("InitialChunkGuardPlugin", (compilation) => {
      const { chunkGraph } = compilation;
      const lazyPattern = new RegExp(`[\\\\/]node_modules[\\\\/](${LAZY_PACKAGES.join("|")})[\\\\/]`);
      const sizeOf = (file) => compilation.getAsset(file)?.source.size() ?? 0;
      const lines = [];
      const initialChunks = new Set();
      for (const [name, entrypoint] of compilation.entrypoints) {
        const files = entrypoint.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith(".js")));
        const total = files.reduce((sum, file) => sum + sizeOf(file), 0);
        const gzipped = files.reduce((sum, file) => sum + gzipSizeOf(compilation, file), 0);
        lines.push(`  ${name} (initial): ${formatSize(total)}, ${formatSize(gzipped)} gzipped — ${files.map((f) => `${f} ${formatSize(sizeOf(f))}`).join(", ")}`);
        if (compiler.options.mode === "production" && gzipped > FIRST_LOAD_BUDGET_GZIP) {
          compilation.errors.push(
            new Error(
              `${name}: the first download is ${formatSize(gzipped)} gzipped, above the budget of ${formatSize(FIRST_LOAD_BUDGET_GZIP)}. ` +
                "Load what the first screen does not show with a dynamic import() (see src/taskpane/StepView.tsx).",
            ),
          );
        }
        for (const chunk of entrypoint.chunks) {
          initialChunks.add(chunk);
          for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.nameForCondition && module.nameForCondition();
            if (resource && lazyPattern.test(resource)) {
              compilation.errors.push(
                new Error(
                  `${name}: ${path.relative(__dirname, resource)} is in the page's initial bundle. ` +
                    `Load ${LAZY_PACKAGES.join(" and ")} with a dynamic import() (see src/workbook/exceljs/loadExcelJs.ts).`,
                ),
              );
              break;
            }
          }
        }
      }
      for (const chunk of compilation.chunks) {
        if (initialChunks.has(chunk)) continue;
        for (const file of chunk.files) {
          if (file.endsWith(".js")) lines.push(`  lazy chunk: ${file} ${formatSize(sizeOf(file))}`);
        }
      }
      const officeJs = compilation
        .getAssets()
        .filter((asset) => asset.name.startsWith(`${OFFICE_JS_LOCAL_DIR}/`))
        .reduce((sum, asset) => sum + asset.source.size(), 0);
      if (officeJs > 0) lines.push(`  ${OFFICE_JS_LOCAL_DIR}/ (office.js and the files it loads): ${formatSize(officeJs)}`);
      const { manifestUrl, officeJsUrl } = this.settings;
      console.log(`\nBundle sizes (${compiler.options.mode}, before gzip):\n${lines.join("\n")}`);
      console.log(`taskpane.html loads office.js from: ${officeJsUrl}`);
      console.log(
        `dist/manifest.xml points at: ${manifestUrl}` +
          (manifestUrl === urlDev ? "  (the development server; set ADDIN_URL=https://… to deploy elsewhere)" : "") +
          "\n",
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const officeJs = officeJsSource(env);
  const urlProd = productionUrl(env);
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN_URL : `${OFFICE_JS_LOCAL_DIR}/office.js`;

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "assets/*.html", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
      },
    },
  ];
  if (officeJs === "local") {
    copyPatterns.push(
      {
        from: officeJsPackageDist,
        to: `${OFFICE_JS_LOCAL_DIR}/`,
        // Only Excel's files and the Chinese and English strings (scripts/office-js-files.cjs): 9 MB of the 86 MB.
        filter: (file) => isOfficeJsFileForExcel(path.relative(officeJsPackageDist, file)),
        // Already minified by Microsoft: do not run the minimizer over it.
        info: { minimized: true },
      },
      // Microsoft's licence terms for office.js travel with the copy.
      { from: path.join(officeJsPackageDist, "..", "LICENSE.md"), to: `${OFFICE_JS_LOCAL_DIR}/LICENSE.md` },
    );
  }

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      standalone: "./src/taskpane/standalone.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Relative URLs resolved at run time, so that dist/ works under any intranet path and from file://.
      publicPath: "auto",
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the build only transpiles (isolatedModules is on).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext", sourceMap: dev } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Each lazily imported library gets its own on-demand chunk with a readable name.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 30,
            enforce: true,
          },
          mammoth: {
            test: /[\\/]node_modules[\\/](mammoth|jszip|lop|underscore|xmlbuilder|@xmldom|dingbat-to-unicode|bluebird|base64-js|pako|option|readable-stream|lie|immediate|setimmediate)[\\/]/,
            name: "mammoth-deps",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
          // The charts (@fluentui/react-charts and d3), fetched with the chart.
          charts: {
            test: /[\\/]node_modules[\\/](@fluentui[\\/]react-charts|d3-[a-z-]+)[\\/]/,
            name: "charts",
            chunks: "async",
            priority: 25,
            enforce: true,
          },
          // React and Fluent UI, shared by the task pane and the standalone page.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            // One chunk for what both pages use, one for what only one of them uses: neither downloads the other's.
            name: (module, chunks) => `vendors-${chunks.map((chunk) => chunk.name).sort().join("-")}`,
            chunks: "initial",
            priority: 10,
          },
          // The app's own code used by both pages (the React app, the engine).
          common: {
            test: /[\\/]src[\\/]/,
            name: "common",
            chunks: "initial",
            minChunks: 2,
            priority: 0,
            reuseExistingChunk: true,
          },
          // No anonymous numbered chunks from webpack's built-in groups.
          default: false,
          defaultVendors: false,
        },
      },
    },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 2 * 1024 * 1024,
      maxAssetSize: 2 * 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith(`${OFFICE_JS_LOCAL_DIR}/`),
    },
    stats: {
      preset: "normal",
      excludeAssets: [new RegExp(`^${OFFICE_JS_LOCAL_DIR}/`)],
      modules: false,
    },
    plugins: [
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/taskpane/standalone.html",
        chunks: ["standalone"],
      }),
      new SkipMinifiedChunkPlugin(["exceljs"]),
      new InitialChunkGuardPlugin({ manifestUrl: dev ? urlDev : urlProd, officeJsUrl }),
    ],
    devServer: {
      hot: true,
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: {
        type: "https",
        // Only `webpack serve` needs the certificates; `webpack` (the build) never asks for them.
        options: env && env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.OFFICE_JS_CDN_URL = OFFICE_JS_CDN_URL;
module.exports.OFFICE_JS_LOCAL_DIR = OFFICE_JS_LOCAL_DIR;
module.exports.FIRST_LOAD_BUDGET_GZIP = FIRST_LOAD_BUDGET_GZIP;
