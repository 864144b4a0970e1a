// Jest setupFiles: every test process runs as NODE_ENV=test with quiet logs.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'warn';
