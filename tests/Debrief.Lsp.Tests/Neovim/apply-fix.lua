-- Headless neovim (0.7 API: vim.lsp.start_client + buf_attach_client) drives `debrief lsp`: open, diagnostics, hover, code action, save.
-- Environment: DEBRIEF_LSP_CMD (JSON array: the server command), DEBRIEF_LSP_FILE (the postmortem), DEBRIEF_LSP_REPORT (a file
-- that gets one line per check, "ok ..." or "FAIL ..."). Exits 0 when every check passed.
local report = assert(io.open(os.getenv('DEBRIEF_LSP_REPORT'), 'w'))
local failed = false
local function check(ok, what)
  report:write((ok and 'ok ' or 'FAIL ') .. what .. '\n')
  report:flush()
  if not ok then failed = true end
  return ok
end

local function run()
  local cmd = vim.fn.json_decode(os.getenv('DEBRIEF_LSP_CMD'))
  local file = os.getenv('DEBRIEF_LSP_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local client_id = vim.lsp.start_client({ name = 'debrief', cmd = cmd, root_dir = vim.fn.fnamemodify(file, ':p:h') })
  if not check(client_id ~= nil, 'the client started the server') then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics arrive and one is what the server says: DB003 on line 3 ("## 🔥 Summary").
  local function db003_on_line_3()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'DB003' and d.lnum == 2 then return d end
    end
  end
  if not check(vim.wait(30000, function() return db003_on_line_3() ~= nil end, 20), 'diagnostics arrived with DB003 on line 3') then return end
  local d = db003_on_line_3()
  check(d.source == 'debrief', 'source is debrief (' .. tostring(d.source) .. ')')
  check(d.severity == vim.diagnostic.severity.INFO, 'DB003 is information')
  check(d.message:find("is a synonym of 'Issue Summary'", 1, true) ~= nil, 'message: ' .. d.message)
  local href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or ''
  check(href:match('/docs/rules/DB003%.md$') ~= nil, 'codeDescription links the rule page: ' .. href)
  -- The range is the whole heading line; its end, converted from UTF-16 to bytes by neovim, is the line's byte length.
  local line3 = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  check(d.col == 0 and d.end_col == #line3, string.format('range in bytes: %d-%d of %d', d.col, d.end_col, #line3))

  -- 2. Hover on the heading explains the rule.
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = { line = 2, character = 7 } }, 20000, bufnr)
  local value = hover and hover.result and hover.result.contents and hover.result.contents.value or ''
  check(value:find('DB003 heading-names', 1, true) ~= nil and value:find('Why it matters', 1, true) ~= nil, 'hover explains DB003')

  -- 3. The outline has the element report.
  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, 20000, bufnr)
  local has_elements = false
  for _, s in ipairs(symbols and symbols.result or {}) do
    if s.name:find('^Elements:') then has_elements = true end
  end
  check(has_elements, 'document symbols include the element report')

  -- 4. Code action: rename the heading, apply it, save.
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 2, character = 7 }, ['end'] = { line = 2, character = 7 } },
    context = { diagnostics = {}, only = { 'quickfix' } },
  }, 20000, bufnr)
  local rename
  for _, a in ipairs(actions and actions.result or {}) do
    if a.title == "Rename heading to 'Issue Summary'" then rename = a end
  end
  if not check(rename ~= nil, 'a quick fix renames the heading') then return end
  vim.lsp.util.apply_workspace_edit(rename.edit, client.offset_encoding)
  local fixed = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  check(fixed == '## 🔥 Issue Summary', 'buffer line 3 after the fix: ' .. fixed)
  vim.cmd('write')

  -- 5. The server relints the edited buffer: DB003 on line 3 is gone.
  check(vim.wait(30000, function() return db003_on_line_3() == nil end, 20), 'DB003 on line 3 cleared after the fix')

  vim.lsp.stop_client(client_id)
  check(vim.wait(10000, function() return client.is_stopped() end, 20), 'the server stopped')
end

local ok, err = pcall(run)
check(ok, 'no Lua error ' .. tostring(err or ''))
report:close()
vim.cmd(failed and 'cquit 1' or 'qall!')
