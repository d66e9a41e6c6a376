-- wrk script: the reception desk hands in instruments, one submission per request, each a different
-- instrument (prepared by Lims.LoadTest). LOAD_DIR names the prepared folder, LOAD_THREADS wrk's -t.
local dir = os.getenv("LOAD_DIR")
local threads = tonumber(os.getenv("LOAD_THREADS"))
local created = 0
local all = {}

function setup(thread)
  thread:set("offset", created)
  created = created + 1
  all[#all + 1] = thread
end

-- Every answer that is not 2xx is tallied by status and printed at the end with the first body seen.
function response(status, headers, body)
  if status >= 300 then
    failures = failures .. status .. " "
    if example == "" then example = body end
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(all) do
    local seen = thread:get("failures")
    if seen ~= "" then io.stderr:write("non-2xx statuses: ", seen:sub(1, 400), "\nfirst: ", thread:get("example"):sub(1, 400), "\n") end
  end
end

local function read(name)
  local file = assert(io.open(dir .. "/" .. name))
  local text = file:read("*a")
  file:close()
  return text
end

function init(args)
  failures, example = "", ""
  ids = {}
  for line in io.lines(dir .. "/" .. (os.getenv("LOAD_IDS") or "instruments.txt")) do ids[#ids + 1] = line end
  body = read("submission.json")
  headers = { ["Authorization"] = "Bearer " .. read("reception.token"), ["Content-Type"] = "application/json" }
  nextId = offset + 1
end

function request()
  local id = ids[nextId]
  if id == nil then
    error("ran out of prepared instruments: prepare more for this duration")
  end
  nextId = nextId + threads
  return wrk.format("POST", "/api/submissions", headers, (body:gsub("{instrument}", id)))
end
