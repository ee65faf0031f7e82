module.exports = { displayName: 'api-jobs', preset: '../../../jest.preset.js', rootDir: '.' };
