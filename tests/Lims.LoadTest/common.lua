-- What intake.lua and results.lua share: the prepared folder, a thread number for each wrk thread,
-- and a tally of every answer that is not 2xx, printed at the end with the first body seen.
dir = os.getenv("LOAD_DIR")
threads = tonumber(os.getenv("LOAD_THREADS"))
local created = 0
local all = {}

function setup(thread)
  thread:set("offset", created)
  created = created + 1
  all[#all + 1] = thread
end

function response(status, headers, body)
  if status >= 300 then
    if #failures < 400 then failures = failures .. status .. " " end
    if example == "" then example = body end
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(all) do
    local seen = thread:get("failures")
    if seen ~= "" then io.stderr:write("non-2xx statuses: ", seen:sub(1, 400), "\nfirst: ", thread:get("example"):sub(1, 400), "\n") end
  end
end

function read(name)
  local file = assert(io.open(dir .. "/" .. name))
  local text = file:read("*a")
  file:close()
  return text
end
