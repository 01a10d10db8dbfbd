-- wrk script for benchmarks/load/mixed-load.sh: 80% article views, 15% searches, 5% saves through the bot API.
-- The shell script writes the plan (titles, save targets with their revisions, tokens) to $LOAD_PLAN and reads
-- the counts this script writes to $LOAD_OUT/result.txt; each thread logs the saves answered 200 to $LOAD_OUT/saves-N.tsv.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local report = dofile(here .. "report.lua")

local plan_path = os.getenv("LOAD_PLAN")
local out_dir = os.getenv("LOAD_OUT")

-- Titles in URLs as the wiki writes them: spaces as underscores, UTF-8 percent-encoded.
local function path_segment(title)
   return (title:gsub(" ", "_"):gsub("[^%w%-_%.~/():,!*'@;$]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function read_plan()
   local views, targets, tokens = {}, {}, {}
   for line in io.lines(plan_path) do
      local kind, a, b = line:match("^(%a+)\t([^\t]*)\t?(.*)$")
      if kind == "view" then
         views[#views + 1] = "/wiki/" .. path_segment(a)
      elseif kind == "save" then
         targets[#targets + 1] = { title = a, path = "/api/pages/" .. path_segment(a), base = tonumber(b) }
      elseif kind == "token" then
         tokens[#tokens + 1] = a
      end
   end
   return views, targets, tokens
end

local searches = {
   "alliance", "treaty", "nuclear", "armistice", "sanctions", "deterrence", "summit", "trade agreement",
   "operational control", "six-party", "주한미군", "한국전쟁", "Korean War", "THAAD", "DMZ", "1953", "Pyongyang", "Seoul",
}

local counter = 0
local threads = {}

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   table.insert(threads, thread)
end

function init(args)
   views, targets, tokens = read_plan()
   by_title = {}
   for _, t in ipairs(targets) do by_title[t.title] = t end
   math.randomseed(20261122 + id)
   log = assert(io.open(out_dir .. "/saves-" .. id .. ".tsv", "w"))
   log:setvbuf("line")
   sent_views, sent_searches, sent_saves = 0, 0, 0
   s2xx, s3xx, s4xx, s5xx, s409, s429, saved200 = 0, 0, 0, 0, 0, 0, 0
   n = 0
end

function request()
   n = n + 1
   local roll = math.random(100)
   if roll <= 80 then
      sent_views = sent_views + 1
      return wrk.format("GET", views[math.random(#views)])
   elseif roll <= 95 then
      sent_searches = sent_searches + 1
      local q = searches[math.random(#searches)]
      local encoded = q:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end)
      return wrk.format("GET", "/search?q=" .. encoded .. (math.random(4) > 1 and "&fulltext=1" or ""))
   end

   sent_saves = sent_saves + 1
   -- Five editors (one token each) edit the lead of a few shared articles; a stale base merges or conflicts (409).
   local editor = math.random(#tokens)
   local target = targets[math.random(#targets)]
   local body = string.format(
      '{"markdown":"Lead rewritten under load by editor %d, thread %d, edit %d.\\n","summary":"load edit %d-%d","baseRevision":%d,"section":0}',
      editor, id, n, id, n, target.base)
   return wrk.format("PUT", target.path, {
      ["Authorization"] = "Bearer " .. tokens[editor],
      ["Content-Type"] = "application/json",
   }, body)
end

function response(status, headers, body)
   if status >= 500 then s5xx = s5xx + 1
   elseif status == 429 then s429 = s429 + 1; s4xx = s4xx + 1
   elseif status == 409 then s409 = s409 + 1; s4xx = s4xx + 1
   elseif status >= 400 then s4xx = s4xx + 1
   elseif status >= 300 then s3xx = s3xx + 1
   else s2xx = s2xx + 1 end

   local type = headers["Content-Type"] or ""
   if (status == 200 or status == 409) and type:find("json", 1, true) then
      local title = body:match('"title":"([^"]*)"')
      local target = title and by_title[title]
      if status == 200 then
         local revision = tonumber(body:match('"revision":(%d+)'))
         if target and revision then
            saved200 = saved200 + 1
            target.base = revision
            log:write(title, "\t", revision, "\t", body:match('"status":"(%a+)"') or "", "\n")
         end
      elseif target then
         target.base = tonumber(body:match('"currentRevision":(%d+)')) or target.base
      end
   end
end

function done(summary, latency, requests)
   local total = {}
   for _, name in ipairs({ "sent_views", "sent_searches", "sent_saves", "s2xx", "s3xx", "s4xx", "s5xx", "s409", "s429", "saved200" }) do
      total[name] = 0
      for _, thread in ipairs(threads) do total[name] = total[name] + (thread:get(name) or 0) end
   end

   report.write(out_dir .. "/result.txt", summary, latency, total)
end
