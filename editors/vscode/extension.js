// The VS Code extension: starts `debrief lsp` (path from the debrief.path setting) for Markdown files and restarts it when settings change.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function createClient() {
  const config = vscode.workspace.getConfiguration('debrief');
  const command = config.get('path') || 'debrief';
  const server = { command, args: ['lsp'], transport: TransportKind.stdio };
  const initializationOptions = { debounceMs: config.get('debounceMs') };
  const docs = config.get('ruleDocsBaseUrl');
  if (docs) initializationOptions.ruleDocsBaseUrl = docs;
  return new LanguageClient('debrief', 'Debrief', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' }],
    initializationOptions,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.debrief.yml') },
  });
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (!e.affectsConfiguration('debrief')) return;
    await client.stop();
    client = createClient();
    await client.start();
  }));
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(`Debrief: could not start '${vscode.workspace.getConfiguration('debrief').get('path')} lsp' (${err.message}). Set debrief.path to the debrief binary (./install.sh puts it in ~/.local/bin).`);
  }
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
