// Loads extension.js with stand-ins for the vscode API and the language client: it must start `<debrief.path> lsp` over stdio for Markdown.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');

test('activate starts `<debrief.path> lsp` over stdio for Markdown, with the settings as initialization options', async () => {
  const settings = { path: '/opt/bin/debrief', debounceMs: 80, ruleDocsBaseUrl: 'https://docs.example.test/rules/' };
  const clients = [];
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') {
      return {
        workspace: {
          getConfiguration: (section) => { assert.strictEqual(section, 'debrief'); return { get: (k) => settings[k] }; },
          onDidChangeConfiguration: () => ({ dispose() {} }),
          createFileSystemWatcher: (glob) => ({ glob }),
        },
        window: { showErrorMessage: (m) => { throw new Error(m); } },
      };
    }
    if (request === 'vscode-languageclient/node') {
      return {
        TransportKind: { stdio: 0 },
        LanguageClient: class {
          constructor(id, name, server, options) { clients.push({ id, server, options, started: false }); }
          async start() { clients[clients.length - 1].started = true; }
          async stop() {}
        },
      };
    }
    return load.call(this, request, ...rest);
  };
  try {
    const extension = require('../extension.js');
    await extension.activate({ subscriptions: [] });
  } finally {
    Module._load = load;
  }
  assert.strictEqual(clients.length, 1);
  const [client] = clients;
  assert.ok(client.started);
  assert.deepStrictEqual(client.server.run, { command: '/opt/bin/debrief', args: ['lsp'], transport: 0 });
  assert.deepStrictEqual(client.options.initializationOptions, { debounceMs: 80, ruleDocsBaseUrl: 'https://docs.example.test/rules/' });
  assert.ok(client.options.documentSelector.some((s) => s.language === 'markdown' && s.scheme === 'file'));
  assert.strictEqual(client.options.synchronize.fileEvents.glob, '**/.debrief.yml');
});
