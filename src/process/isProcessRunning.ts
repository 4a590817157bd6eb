// Whether a process of a pid runs on this machine now: what a killed build left (a write lock, an
// extracted export) may be taken over or removed only once its process is gone.
export const isProcessRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user's.
    return (error as {code?: unknown}).code === 'EPERM'
  }
}
