-- promokit: turns one module language file (Markdown body) into a Typst module
-- that binds two names, read by templates/lib.typ:
--
--   pk-intro     content before the first section
--   pk-sections  array of (id, label, title, body) dictionaries, one per `##` section
--
-- Metadata set by src/render/pandoc.ts:
--   pk_module  module folder name (01-estres)
--   pk_lang    language of the file (es)
--   pk_base    folder of the module inside the Typst workspace (/src/manuals/m/modules/01-estres)
--
-- Callouts (`::: activity`) become `#pk-callout("activity")[…]`, links to a
-- section (`#objectives`, `../02-duelo/en.md#objectives`) become `#pk-xref(…)`
-- (a link when the target is in the same PDF, plain text otherwise), and image
-- paths are rewritten to the workspace, where src/build maps the image bytes.

local CALLOUTS = {
  activity = true, key = true, note = true, warning = true,
  facilitator = true, objectives = true, tip = true,
}

local module_id, lang, base = '', '', ''

local function meta_string(v)
  if v == nil then return '' end
  return pandoc.utils.stringify(v)
end

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

local block_filter = {
  Div = function(el)
    local kind = el.classes[1]
    if kind and CALLOUTS[kind] then
      local args = tstr(kind)
      if el.attributes['pk-untitled'] then args = args .. ', title: none' end
      local out = { pandoc.RawBlock('typst', '#pk-callout(' .. args .. ')[') }
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

function Pandoc(doc)
  module_id = meta_string(doc.meta.pk_module)
  lang = meta_string(doc.meta.pk_lang)
  base = meta_string(doc.meta.pk_base)

  local blocks = doc.blocks:walk(inline_filter)

  -- Split at level-1/2 headings, before the block filter prefixes their ids.
  local intro = {}
  local sections = {}
  local current = nil
  for _, b in ipairs(blocks) do
    if b.t == 'Header' and b.level <= 2 then
      current = { id = b.identifier, title = b.content, body = {} }
      table.insert(sections, current)
    elseif current then
      table.insert(current.body, b)
    else
      table.insert(intro, b)
    end
  end

  -- One document for the writer: the bindings are raw Typst around the
  -- section blocks, so pandoc writes everything in one pass.
  local out = pandoc.Blocks({})
  local function raw(text) out:insert(pandoc.RawBlock('typst', text)) end
  local function add(bs)
    for _, b in ipairs(pandoc.Blocks(bs):walk(block_filter)) do out:insert(b) end
  end
  raw('#let pk-intro = [')
  add(intro)
  raw(']')
  raw('#let pk-sections = (')
  for i, s in ipairs(sections) do
    local id = s.id ~= '' and s.id or ('section-' .. i)
    -- `## Mensajes clave {#key-messages}` opening with `::: key`: the
    -- heading already says what the box is; the box needs no title of its own.
    local first = s.body[1]
    if first and first.t == 'Div' and first.classes[1]
      and (id == first.classes[1] or id:sub(1, #first.classes[1] + 1) == first.classes[1] .. '-') then
      first.attributes['pk-untitled'] = '1'
    end
    local head = { pandoc.RawInline('typst', '(id: ' .. tstr(id) .. ', label: '
      .. tstr(label_for(module_id, lang, id)) .. ', title: [') }
    for _, x in ipairs(s.title) do table.insert(head, x) end
    table.insert(head, pandoc.RawInline('typst', '], body: ['))
    out:insert(pandoc.Plain(head))
    add(s.body)
    raw(']),')
  end
  raw(')')
  return pandoc.Pandoc(out, doc.meta)
end
