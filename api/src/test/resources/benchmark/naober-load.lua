-- Naober's HTTP load scenarios for wrk (HttpLoadBenchmark). Arguments after "--": the fixture file (one line per
-- municipality: code, API token, family id, match id; tab-separated), the scenario, and optionally the one
-- municipality to use instead of rotating over all of them.
--   detail  GET …/families/{id}          list3   GET …/families?size=3      public  GET /aanmelden/{code}
--   floor   GET …/load-benchmark-floor (no such endpoint: security chain, tenant check, 404 Problem Details)
--   health  GET /actuator/health          mixed   70 % reads, 20 % writes, 10 % match suggestions

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local rows = {}
local scenario
local n = 0
local registration = '{"parentName":"Benchmark Ouder","postcode":"7901 AA","city":"Hoogeveen",'
  .. '"latitude":52.7233,"longitude":6.4764,"numberOfChildren":1,'
  .. '"reasons":["SINGLE_PARENT_SEVERAL_CHILDREN"],"source":"WIJKTEAM_CJG","dayPartsPerWeek":1,'
  .. '"preferredDayParts":["WEDNESDAY_AFTERNOON"],"consentGiven":true,"consentVersion":"2026-1",'
  .. '"children":[{"firstName":"Sam","birthDate":"2020-05-01","needs":[]}]}'
local note = '{"text":"Telefonisch contact, gaat goed"}'
local contact = '{"withWhom":"BOTH","notes":"Loopt goed"}'
local evaluation = '{"kind":"TRIAL","decision":"CONTINUE","notes":"Doorgaan"}'

function init(args)
  scenario = args[2]
  local only = args[3]
  for line in io.lines(args[1]) do
    local code, token, family, match = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if code and (only == nil or only == code) then
      rows[#rows + 1] = {
        code = code,
        base = "/api/v1/municipalities/" .. code,
        family = family,
        match = match,
        read = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" },
        write = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
                  ["Content-Type"] = "application/json" },
      }
    end
  end
  local address = tostring({}):match("0x(%x+)") or "1"
  math.randomseed(os.time() + tonumber(address, 16) % 1000003)
  n = math.random(#rows)
  errors = 0
  statuses = ""
end

local function mixed(r)
  local p = math.random(100)
  if p <= 35 then
    return wrk.format("GET", r.base .. "/families?size=10", r.read)
  elseif p <= 70 then
    return wrk.format("GET", r.base .. "/families/" .. r.family, r.read)
  elseif p <= 75 then
    return wrk.format("POST", r.base .. "/families", r.write, registration)
  elseif p <= 80 then
    return wrk.format("POST", r.base .. "/families/" .. r.family .. "/notes", r.write, note)
  elseif p <= 85 then
    return wrk.format("POST", r.base .. "/matches/" .. r.match .. "/contacts", r.write, contact)
  elseif p <= 90 then
    return wrk.format("POST", r.base .. "/matches/" .. r.match .. "/evaluations", r.write, evaluation)
  else
    return wrk.format("GET", r.base .. "/families/" .. r.family .. "/match-suggestions", r.read)
  end
end

function request()
  n = n + 1
  local r = rows[(n % #rows) + 1]
  if scenario == "detail" then
    return wrk.format("GET", r.base .. "/families/" .. r.family, r.read)
  elseif scenario == "list3" then
    return wrk.format("GET", r.base .. "/families?size=3", r.read)
  elseif scenario == "public" then
    return wrk.format("GET", "/aanmelden/" .. r.code)
  elseif scenario == "floor" then
    return wrk.format("GET", r.base .. "/load-benchmark-floor", r.read)
  elseif scenario == "health" then
    return wrk.format("GET", "/actuator/health")
  else
    return mixed(r)
  end
end

function response(status, headers, body)
  local expected = (scenario == "floor" and status == 404) or (status >= 200 and status < 400)
  if not expected then
    errors = errors + 1
    if #statuses < 200 then
      statuses = statuses .. status .. " "
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  local seen = ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    seen = seen .. thread:get("statuses")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("NAOBER requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d socket_errors=%d statuses=%s\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), failed, socket,
    seen:gsub(" ", ",")))
end
