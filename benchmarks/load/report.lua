-- Shared by the wrk scripts here: writes a run's figures as key=value lines to a file, for the shell scripts to read.
local report = {}

function report.write(path, summary, latency, extra)
   local out = assert(io.open(path, "w"))
   local function put(key, value) out:write(key, "=", tostring(value), "\n") end
   put("requests", summary.requests)
   put("duration_s", string.format("%.1f", summary.duration / 1e6))
   put("requests_per_s", string.format("%.0f", summary.requests / (summary.duration / 1e6)))
   put("bytes", summary.bytes)
   put("socket_errors", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)
   put("errors_connect", summary.errors.connect)
   put("errors_read", summary.errors.read)
   put("errors_write", summary.errors.write)
   put("errors_timeout", summary.errors.timeout)
   put("errors_status", summary.errors.status)
   for _, p in ipairs({ 50, 90, 99, 99.9 }) do
      put("latency_p" .. p .. "_ms", string.format("%.2f", latency:percentile(p) / 1000))
   end
   put("latency_max_ms", string.format("%.1f", latency.max / 1000))
   put("latency_mean_ms", string.format("%.2f", latency.mean / 1000))
   for name, value in pairs(extra or {}) do put(name, value) end
   out:close()
end

return report
