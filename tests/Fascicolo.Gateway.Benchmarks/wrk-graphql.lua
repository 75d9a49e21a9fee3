-- wrk script of the gateway benchmark: POSTs one GraphQL request body (its path is the first script
-- argument) over and over, counts responses that are not 200 or carry "errors", and prints a JSON
-- summary as the last line of its output. The harness reads only that line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json, application/json"
  prepared = wrk.format()
  responses = 0
  non2xx = 0
  graphqlErrors = 0
  sample = ""
end

function request()
  return prepared
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif string.find(body, '"errors"', 1, true) then
    graphqlErrors = graphqlErrors + 1
  else
    return
  end
  -- Keep the first bad answer of each thread, so that the report can say what went wrong.
  if sample == "" then
    sample = "HTTP " .. status .. ": " .. string.sub(body, 1, 400)
  end
end

local function json_string(text)
  return '"' .. text:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

function done(summary, latency, requests)
  local counted, bad, failed, first = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    counted = counted + thread:get("responses")
    bad = bad + thread:get("non2xx")
    failed = failed + thread:get("graphqlErrors")
    if first == "" then first = thread:get("sample") end
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '\n{"durationUs":%d,"requests":%d,"bytes":%d,"responses":%d,"non2xx":%d,"graphqlErrors":%d,"socketErrors":%d,' ..
    '"latencyUs":{"mean":%.1f,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d},"badSample":%s}\n',
    summary.duration, summary.requests, summary.bytes, counted, bad, failed, socket,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max, json_string(first)))
end
