-- promokit: turns one module language file (Markdown body) into the HTML
-- pieces of the phone edition, printed as one JSON object that
-- src/html/convert-html.ts reads:
--
--   { "intro": html, "sections": [ { "id", "anchor", "title" (html), "text", "body" (html) } ] }
--
-- The same semantics as templates/module.lua (the PDFs): callouts, the
-- objectives box (the page template wraps a section whose id is
-- `objectives`), a callout right under a heading that already names it gets no
-- title of its own, links to sections and modules, raw Typst dropped, remote
-- images printed as their description. What differs is only what HTML needs:
-- facilitator notes become a <details> (hidden until opened), images become
-- the data: URIs the build read, every id gets the module and language (one
-- page holds every module in every language), and a link to a module that is
-- not in this page is plain text.
--
-- Its data comes in the file pk-html.json (pandoc-wasm's flat file system):
--   module, lang     module folder name (01-estres) and language (es)
--   allow_raw        manual.yaml `allow_raw: true`: only then does raw HTML reach the page
--   labels           the callout names in this language ({ activity = "Actividad", … })
--   images           image source as written → data: URI
--   targets          "module:lang" of every module language this page holds

local CALLOUTS = {
  activity = true, key = true, note = true, warning = true,
  facilitator = true, objectives = true, tip = true,
}

local module_id, lang, labels, images, targets, allow_raw = '', '', {}, {}, {}, false

local function label_for(mod, lng, id)
  -- Dots, which neither module folders nor language codes hold; no colon (not allowed in an EPUB's ids).
  if id then return 'pk.' .. mod .. '.' .. lng .. '.' .. id end
  return 'pk.' .. mod .. '.' .. lng
end

local function is_external(src)
  return src:match('^%a[%w+.-]*:') ~= nil or src:sub(1, 2) == '//'
end

-- Text for raw HTML: our own labels only, escaped all the same.
local function escape(s)
  return (s:gsub('&', '&amp;'):gsub('<', '&lt;'):gsub('>', '&gt;'):gsub('"', '&quot;'))
end

-- Internal link target → module, language, fragment (or nil), or nil when not internal.
local function link_target(target)
  if is_external(target) then return nil end
  local path, frag = target:match('^([^#]*)#(.*)$')
  if not path then path, frag = target, nil end
  if frag == '' then frag = nil end
  if path == '' then
    if frag then return module_id, lang, frag end
    return nil
  end
  -- ../02-duelo/en.md, en.md, ./en.md
  local mod, lng = path:match('([%w-]+)/(%a%a%a?)%.md$')
  if not mod then
    lng = path:match('^%.?/?(%a%a%a?)%.md$')
    mod = module_id
  end
  if not lng then return nil end
  return mod, lng, frag
end

local function prefix_id(el)
  if el.identifier and el.identifier ~= '' then
    el.identifier = label_for(module_id, lang, el.identifier)
  end
  return el
end

local function keep_raw(el)
  if el.format:lower() == 'html' and allow_raw then return nil end
  return {}
end

local inline_filter = {
  RawInline = keep_raw,
  Link = function(el)
    -- `[the data]()`, `[x](#)`: nowhere to go, so just the text.
    if el.target == '' or el.target == '#' then return el.content end
    local mod, lng, frag = link_target(el.target)
    if not mod then return nil end
    if not targets[mod .. ':' .. lng] then return pandoc.Span(el.content) end
    el.target = '#' .. label_for(mod, lng, frag)
    return prefix_id(el)
  end,
  Image = function(el)
    local uri = images[el.src]
    -- A remote image would be a network request: print the description instead.
    if is_external(el.src) or not uri then return pandoc.Emph(el.caption) end
    el.src = uri
    return prefix_id(el)
  end,
  Span = prefix_id,
  Code = prefix_id,
}

-- Inner headings sit under the module (h2) and section (h3) headings.
local function header(el)
  el.level = math.min(el.level + 1, 6)
  return prefix_id(el)
end

local block_filter = {
  RawBlock = keep_raw,
  Header = header,
  CodeBlock = prefix_id,
  Figure = prefix_id,
  -- A wide table scrolls inside its own box, never the page.
  Table = function(el)
    -- Attributes as a list: a Lua table's keys come out in a different order each run.
    return pandoc.Div({ prefix_id(el) }, pandoc.Attr('', { 'pk-table' }, { { 'tabindex', '0' }, { 'role', 'region' }, { 'aria-label', labels.table or 'table' } }))
  end,
  Div = function(el)
    if el.attributes['pk-keep'] then
      el.attributes['pk-keep'] = nil
      return el
    end
    local kind = el.classes[1]
    if not (kind and CALLOUTS[kind]) then
      if el.identifier ~= '' then return pandoc.Div(el.content, { id = label_for(module_id, lang, el.identifier) }) end
      return el.content
    end
    local name = labels[kind] or kind
    if kind == 'facilitator' then
      local out = { pandoc.RawBlock('html', '<details class="pk-callout pk-facilitator"><summary>' .. escape(name) .. '</summary>') }
      for _, b in ipairs(el.content) do table.insert(out, b) end
      table.insert(out, pandoc.RawBlock('html', '</details>'))
      return out
    end
    local content = {}
    if not el.attributes['pk-untitled'] then
      table.insert(content, pandoc.Div({ pandoc.Plain({ pandoc.Str(name) }) }, { class = 'pk-callout-title' }))
    end
    for _, b in ipairs(el.content) do table.insert(content, b) end
    local id = el.identifier ~= '' and label_for(module_id, lang, el.identifier) or ''
    return pandoc.Div(content, pandoc.Attr(id, { 'pk-callout', 'pk-' .. kind }))
  end,
}

-- Footnotes, numbered through the whole file and listed at the end of the
-- section they are in: pandoc's own would start again at 1 in every section
-- and repeat their ids.
local note_count = 0
local function take_notes(blocks)
  local notes = {}
  local walked = blocks:walk({
    Note = function(el)
      note_count = note_count + 1
      local n = note_count
      -- Plain ids: the filters below give them the module and language.
      local id = 'pk-fn-' .. n
      local ref = 'pk-fnref-' .. n
      table.insert(notes, { n = n, id = id, ref = ref, content = el.content })
      return pandoc.Link({ pandoc.Superscript({ pandoc.Str(tostring(n)) }) }, '#' .. id, '', pandoc.Attr(ref, { 'footnote-ref' }, { { 'role', 'doc-noteref' } }))
    end,
  })
  if #notes == 0 then return walked end
  local items = {}
  for _, note in ipairs(notes) do
    table.insert(items, {
      pandoc.Div(note.content, { id = note.id }),
      pandoc.Plain({ pandoc.Link({ pandoc.Str('↩') }, '#' .. note.ref, '', pandoc.Attr('', { 'footnote-back' }, { { 'role', 'doc-backlink' } })) }),
    })
  end
  walked:insert(pandoc.Div({ pandoc.OrderedList(items, pandoc.ListAttributes(notes[1].n)) }, pandoc.Attr('', { 'footnotes' }, { { 'role', 'doc-endnotes' }, { 'pk-keep', '1' } })))
  return walked
end

local function html(blocks)
  return pandoc.write(pandoc.Pandoc(blocks), 'html5', { wrap_text = 'none' })
end

-- The inlines of a heading as HTML (no paragraph around them).
local function inline_html(inlines)
  return html({ pandoc.Plain(inlines) })
end

-- Blocks through the filters: notes taken first (their content is filtered with the rest).
local function body_html(blocks)
  return html(take_notes(pandoc.Blocks(blocks)):walk(inline_filter):walk(block_filter))
end

function Pandoc(doc)
  local f = assert(io.open('pk-html.json', 'r'))
  local data = pandoc.json.decode(f:read('a'), false)
  f:close()
  module_id, lang = data.module, data.lang
  allow_raw = data.allow_raw == true
  labels = data.labels or {}
  images = data.images or {}
  for _, t in ipairs(data.targets or {}) do targets[t] = true end

  -- Split at level-1/2 headings, as templates/module.lua does.
  local intro = {}
  local sections = {}
  local current = nil
  for _, b in ipairs(doc.blocks) do
    if b.t == 'Header' and b.level <= 2 then
      current = { id = b.identifier, title = b.content, body = {} }
      table.insert(sections, current)
    elseif current then
      table.insert(current.body, b)
    else
      table.insert(intro, b)
    end
  end

  local out = { intro = body_html(intro), sections = {} }
  for i, s in ipairs(sections) do
    local id = s.id ~= '' and s.id or ('section-' .. i)
    -- `## Mensajes clave {#key-messages}` opening with `::: key`: the
    -- heading already says what the box is; the box needs no title of its own.
    local first = s.body[1]
    if first and first.t == 'Div' and first.classes[1]
      and (id == first.classes[1] or id:sub(1, #first.classes[1] + 1) == first.classes[1] .. '-') then
      first.attributes['pk-untitled'] = '1'
    end
    local title = pandoc.Inlines(s.title):walk(inline_filter)
    table.insert(out.sections, {
      id = id,
      anchor = label_for(module_id, lang, id),
      title = inline_html(title),
      text = pandoc.utils.stringify(s.title),
      body = body_html(s.body),
    })
  end
  return pandoc.Pandoc({ pandoc.RawBlock('html', pandoc.json.encode(out)) })
end
