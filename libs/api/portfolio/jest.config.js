module.exports = { displayName: 'api-portfolio', preset: '../../../jest.preset.js', rootDir: '.' };
