-- wrk script: GET a random path of the file $LOAD_PATHS (one path per line, already URL-encoded) on each request,
-- and write the run's figures to $LOAD_RESULT (see report.lua). wrk counts answers other than 2xx and 3xx as
-- status errors (errors_status).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local report = dofile(here .. "report.lua")

local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
end

function init(args)
   paths = {}
   for line in io.lines(os.getenv("LOAD_PATHS")) do
      if line ~= "" then paths[#paths + 1] = line end
   end
   math.randomseed(20261122 + id)
end

function request()
   return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
   report.write(os.getenv("LOAD_RESULT"), summary, latency)
end
