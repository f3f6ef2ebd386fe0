-- promokit: turns one module language file (Markdown body) into a Typst module
-- that binds two names, read by templates/lib.typ:
--
--   pk-intro     content before the first section
--   pk-sections  array of (id, label, title, body) dictionaries, one per `##` section
--
-- Metadata set by src/convert/pandoc.ts:
--   pk_module  module folder name (01-estres)
--   pk_lang    language of the file (es)
--   pk_base    folder of the module inside the Typst workspace (/src/manuals/m/modules/01-estres)
--   pk_allow_raw  (optional) true when manual.yaml sets `allow_raw: true`: only
--              then do raw Typst blocks and spans (```{=typst}, `x`{=typst})
--              reach the document; otherwise they are dropped here, before
--              the filter adds its own Typst (the Typst writer drops every
--              other raw format, HTML included)
--   pk_annotate  (optional) `markers` or `positions`, only when a build reports errors:
--     markers    the same Typst with a comment line before each block,
--                `// pk-src N` (N counts the blocks) or `// pk-src N keep`
--                (a callout's or section's opening), and `// pk-src end`
--                before the closing lines: src/typeset/typst-errors.ts maps a
--                Typst error to its block and can blank the block out
--     positions  (read with +sourcepos) the Markdown line of each numbered
--                marker, as one line of numbers: `12 14 20`
--
-- Callouts (`::: activity`) become `#pk-callout("activity")[…]`, links to a
-- section (`#objectives`, `../02-duelo/en.md#objectives`) become `#pk-xref(…)`
-- (a link when the target is in the same PDF, plain text otherwise), and image
-- paths are rewritten to the workspace, where src/typeset/document.ts maps the image bytes.

local CALLOUTS = {
  activity = true, key = true, note = true, warning = true,
  facilitator = true, objectives = true, tip = true,
}

local module_id, lang, base, annotate = '', '', '', ''

local function meta_string(v)
  if v == nil then return '' end
  return pandoc.utils.stringify(v)
end

local function is_typst(el)
  return el.format:lower() == 'typst'
end

-- The author's raw Typst, taken out unless the manual allows it.
local drop_raw = {
  RawBlock = function(el) if is_typst(el) then return {} end end,
  RawInline = function(el) if is_typst(el) then return {} end end,
}

-- A Typst string literal.
local function tstr(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r')
  return '"' .. s .. '"'
end

local function label_for(mod, lng, id)
  return 'pk:' .. mod .. ':' .. lng .. ':' .. id
end

-- Normalises a/b/../c/./d into a/c/d (no leading `..` kept beyond the root).
local function normalise(path)
  local out = {}
  for part in path:gmatch('[^/]+') do
    if part == '..' then
      if #out > 0 then table.remove(out) else table.insert(out, '..') end
    elseif part ~= '.' then
      table.insert(out, part)
    end
  end
  return '/' .. table.concat(out, '/')
end

local function is_external(src)
  return src:match('^%a[%w+.-]*:') ~= nil or src:sub(1, 2) == '//'
end

-- Internal link target → label, or nil when the link is not internal.
local function link_label(target)
  if is_external(target) then return nil end
  local path, frag = target:match('^([^#]*)#(.*)$')
  if not path then path, frag = target, nil end
  if path == '' then
    if frag and frag ~= '' then return label_for(module_id, lang, frag) end
    return nil
  end
  -- ../02-duelo/en.md, en.md, ./en.md
  local mod, lng = path:match('([%w-]+)/(%a%a%a?)%.md$')
  if not mod then
    lng = path:match('^%.?/?(%a%a%a?)%.md$')
    mod = module_id
  end
  if not lng then return nil end
  if frag and frag ~= '' then return label_for(mod, lng, frag) end
  return 'pk:' .. mod .. ':' .. lng
end

local inline_filter = {
  Link = function(el)
    -- `[the data]()`, `[x](#)`: nowhere to go, so just the text.
    if el.target == '' or el.target == '#' then return el.content end
    local lbl = link_label(el.target)
    if not lbl then return nil end
    local out = { pandoc.RawInline('typst', '#pk-xref(' .. tstr(lbl) .. ')[') }
    for _, x in ipairs(el.content) do table.insert(out, x) end
    table.insert(out, pandoc.RawInline('typst', ']'))
    return out
  end,
  Image = function(el)
    if is_external(el.src) then
      -- Typst cannot fetch remote images: print the description instead.
      return pandoc.Emph(el.caption)
    end
    el.src = normalise(base .. '/' .. el.src)
    return el
  end,
}

-- The line opening a callout box, or nil when the div is not a callout.
local function callout_open(el)
  local kind = el.classes[1]
  if not (kind and CALLOUTS[kind]) then return nil end
  local args = tstr(kind)
  if el.attributes['pk-untitled'] then args = args .. ', title: none' end
  return '#pk-callout(' .. args .. ')['
end

local block_filter = {
  -- What pandoc's own template defines (templates/lib.typ has it too), written
  -- out here so every pandoc version gives the same Typst.
  HorizontalRule = function()
    return pandoc.RawBlock('typst', '#horizontalrule')
  end,
  Div = function(el)
    local open = callout_open(el)
    if open then
      local out = { pandoc.RawBlock('typst', open) }
      for _, b in ipairs(el.content) do table.insert(out, b) end
      table.insert(out, pandoc.RawBlock('typst', ']'))
      return out
    end
    return el.content
  end,
  Header = function(el)
    if el.identifier ~= '' then
      el.identifier = label_for(module_id, lang, el.identifier)
    end
    return el
  end,
}

-- The first Markdown line of a block read with +sourcepos, or nil: `data-pos`
-- is "/stdin@13:1-14:1", or for a table "9:1-10:1;8:1-11:1" (rows, then all).
local function source_line(el)
  local pos = el.attr and el.attributes['data-pos']
  if not pos then return nil end
  local first = nil
  for l in pos:gmatch('(%d+):%d+%-') do
    l = tonumber(l)
    if not first or l < first then first = l end
  end
  return first
end

-- A div +sourcepos wraps a block in: `wrapper="1"` (older pandocs: a bare
-- div holding only data-pos).
local function is_wrapper(b)
  if b.t ~= 'Div' then return false end
  if b.attributes.wrapper then return true end
  if b.identifier ~= '' or #b.classes > 0 or not b.attributes['data-pos'] then return false end
  local n = 0
  for _ in pairs(b.attributes) do n = n + 1 end
  return n == 1
end

-- Blocks with their source lines: +sourcepos wraps blocks in divs, which are
-- dropped here (without it there are none, and no lines).
local function entries(blocks, line)
  local out = {}
  for _, b in ipairs(blocks) do
    if is_wrapper(b) then
      for _, e in ipairs(entries(b.content, source_line(b) or line)) do table.insert(out, e) end
    else
      table.insert(out, { block = b, line = source_line(b) or line })
    end
  end
  return out
end

function Pandoc(doc)
  module_id = meta_string(doc.meta.pk_module)
  lang = meta_string(doc.meta.pk_lang)
  base = meta_string(doc.meta.pk_base)
  annotate = meta_string(doc.meta.pk_annotate)
  local allow_raw = doc.meta.pk_allow_raw == true or meta_string(doc.meta.pk_allow_raw) == 'true'

  local blocks = doc.blocks
  if not allow_raw then blocks = blocks:walk(drop_raw) end
  if annotate ~= 'positions' then blocks = blocks:walk(inline_filter) end

  -- Split at level-1/2 headings, before the block filter prefixes their ids.
  local intro = {}
  local sections = {}
  local current = nil
  for _, e in ipairs(entries(blocks, nil)) do
    local b = e.block
    if b.t == 'Header' and b.level <= 2 then
      current = { id = b.identifier, title = b.content, body = {}, line = e.line }
      table.insert(sections, current)
    elseif current then
      table.insert(current.body, e)
    else
      table.insert(intro, e)
    end
  end

  -- One document for the writer: the bindings are raw Typst around the
  -- section blocks, so pandoc writes everything in one pass.
  local out = pandoc.Blocks({})
  local lines = {}
  local function raw(text) out:insert(pandoc.RawBlock('typst', text)) end
  -- A marker before a block (with its line, or nil) or, line false, before a closing line.
  local function mark(line, keep)
    if annotate == '' then return end
    if line == false then
      raw('// pk-src end')
      return
    end
    table.insert(lines, line or lines[#lines] or 1)
    raw('// pk-src ' .. #lines .. (keep and ' keep' or ''))
  end
  -- Blocks other than divs, through the block filter in one walk (one block
  -- in, one out: their divs are inside them), each after its marker.
  local function plain(list)
    if #list == 0 then return end
    local walked = {}
    if annotate ~= 'positions' then
      local bs = {}
      for i, e in ipairs(list) do bs[i] = e.block end
      walked = pandoc.Blocks(bs):walk(block_filter)
    end
    for i, e in ipairs(list) do
      mark(e.line)
      if walked[i] then out:insert(walked[i]) end
    end
  end
  local function emit_all(es)
    local run = {}
    for _, e in ipairs(es) do
      local b = e.block
      if b.t == 'Div' then
        plain(run)
        run = {}
        local open = callout_open(b)
        if open then
          mark(e.line, true)
          raw(open)
          emit_all(entries(b.content, e.line))
          mark(false)
          raw(']')
        else
          emit_all(entries(b.content, e.line))
        end
      else
        table.insert(run, e)
      end
    end
    plain(run)
  end
  raw('#let pk-intro = [')
  emit_all(intro)
  mark(false)
  raw(']')
  raw('#let pk-sections = (')
  for i, s in ipairs(sections) do
    local id = s.id ~= '' and s.id or ('section-' .. i)
    -- `## Mensajes clave {#key-messages}` opening with `::: key`: the
    -- heading already says what the box is; the box needs no title of its own.
    local first = s.body[1] and s.body[1].block
    if first and first.t == 'Div' and first.classes[1]
      and (id == first.classes[1] or id:sub(1, #first.classes[1] + 1) == first.classes[1] .. '-') then
      first.attributes['pk-untitled'] = '1'
    end
    local head = { pandoc.RawInline('typst', '(id: ' .. tstr(id) .. ', label: '
      .. tstr(label_for(module_id, lang, id)) .. ', title: [') }
    for _, x in ipairs(s.title) do table.insert(head, x) end
    table.insert(head, pandoc.RawInline('typst', '], body: ['))
    mark(s.line, true)
    out:insert(pandoc.Plain(head))
    emit_all(s.body)
    mark(false)
    raw(']),')
  end
  raw(')')
  if annotate == 'positions' then
    local text = {}
    for i, l in ipairs(lines) do text[i] = tostring(l) end
    return pandoc.Pandoc({ pandoc.RawBlock('typst', table.concat(text, ' ')) }, doc.meta)
  end
  return pandoc.Pandoc(out, doc.meta)
end
