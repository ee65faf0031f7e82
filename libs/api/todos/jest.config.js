module.exports = { displayName: 'api-todos', preset: '../../../jest.preset.js', rootDir: '.' };
