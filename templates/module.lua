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

local function typst(blocks)
  local text = pandoc.write(pandoc.Pandoc(blocks), 'typst')
  return (text:gsub('%s+$', ''))
end

local function typst_inlines(inlines)
  return typst({ pandoc.Plain(inlines) })
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
      local out = { pandoc.RawBlock('typst', '#pk-callout(' .. tstr(kind) .. ')[') }
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

  local function render(bs)
    return typst(pandoc.Blocks(bs):walk(block_filter))
  end

  local out = {}
  table.insert(out, '#let pk-intro = [\n' .. render(intro) .. '\n]')
  table.insert(out, '#let pk-sections = (')
  for i, s in ipairs(sections) do
    local id = s.id ~= '' and s.id or ('section-' .. i)
    table.insert(out, '  (id: ' .. tstr(id) .. ', label: ' .. tstr(label_for(module_id, lang, id))
      .. ', title: [' .. typst_inlines(s.title) .. '], body: [\n' .. render(s.body) .. '\n]),')
  end
  table.insert(out, ')')
  return pandoc.Pandoc({ pandoc.RawBlock('typst', table.concat(out, '\n')) }, doc.meta)
end
