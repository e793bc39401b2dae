self.onmessage = async (event) => {
  const t0 = performance.now();
  const { loadPyodide } = await import(event.data.pyodide + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL: event.data.pyodide,
    packageBaseUrl: event.data.pyodide,
    stdout: () => {},
    stderr: () => {},
  });
  const answer = pyodide.runPython("1 + 1");
  self.postMessage({ answer, ms: performance.now() - t0 });
};
