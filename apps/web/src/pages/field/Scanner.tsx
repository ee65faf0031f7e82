// 扫码: reads a patrol point's QR code with the camera (or from a photo, where the camera cannot be
// used — some in-app browsers) through barcode-detector: the platform's BarcodeDetector where it
// has one, ZXing-C++ (WebAssembly) otherwise. The wasm is served by the app and precached by the
// service worker, so scanning works offline.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { parsePatrolLink } from '@pinzhi/domain';

type Detector = { detect(source: ImageBitmapSource): Promise<Array<{ rawValue: string }>> };

let detector: Promise<Detector> | null = null;
/** The reader, loaded on first use (its own chunk and the wasm stay out of the app's first load). */
function qrDetector(): Promise<Detector> {
  detector ??= Promise.all([import('barcode-detector/ponyfill'), import('zxing-wasm/reader/zxing_reader.wasm?url')]).then(
    ([{ BarcodeDetector, prepareZXingModule }, wasm]) => {
      prepareZXingModule({
        overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm.default : prefix + path) },
      });
      return new BarcodeDetector({ formats: ['qr_code'] }) as Detector;
    },
  );
  return detector;
}

/** The app path a scanned text opens, or null when it is not a patrol point's link. */
export function pathOfScan(text: string): string | null {
  const link = parsePatrolLink(text);
  if (!link) return null;
  return `/field/p/${link.pointId}${link.tag ? `?k=${encodeURIComponent(link.tag)}` : ''}`;
}

export function ScannerModal({
  open,
  onClose,
  onScanned,
  onNotPatrol,
}: {
  open: boolean;
  onClose: () => void;
  onScanned: (path: string) => void;
  onNotPatrol: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    setCameraError(null);
    setPhotoError(null);
    setStarting(true);
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('getUserMedia');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return;
        const el = video.current!;
        el.srcObject = stream;
        await el.play().catch(() => undefined);
        setStarting(false);
        const reader = await qrDetector();
        const tick = async () => {
          if (stopped) return;
          try {
            if (el.readyState >= 2) {
              const [found] = await reader.detect(el);
              if (found && !stopped) {
                const path = pathOfScan(found.rawValue);
                if (path) {
                  stopped = true;
                  onScanned(path);
                  return;
                }
                onNotPatrol();
              }
            }
          } catch {
            /* a frame that could not be read */
          }
          timer = setTimeout(() => void tick(), 250);
        };
        void tick();
      } catch (e) {
        setStarting(false);
        setCameraError((e as Error).name || (e as Error).message || 'camera');
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open, onScanned, onNotPatrol]);

  const fromPhoto = async (file: File | undefined) => {
    if (!file) return;
    setPhotoError(null);
    try {
      const reader = await qrDetector();
      const bitmap = await createImageBitmap(file);
      const found = await reader.detect(bitmap);
      const path = found.map((f) => pathOfScan(f.rawValue)).find(Boolean);
      if (path) onScanned(path);
      else if (found.length) onNotPatrol();
      else setPhotoError(t('field.scanner.nothing'));
    } catch {
      setPhotoError(t('field.scanner.nothing'));
    }
  };

  return (
    <Modal open={open} title={t('field.scanner.title')} onCancel={onClose} footer={null} destroyOnHidden data-testid="scanner">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {cameraError ? (
          <Alert type="info" showIcon title={t('field.scanner.noCamera', { reason: cameraError })} data-testid="scanner-no-camera" />
        ) : (
          <div style={{ position: 'relative', background: '#000', borderRadius: 8, overflow: 'hidden', aspectRatio: '1 / 1' }}>
            <video
              ref={video}
              muted
              playsInline
              style={{ width: '100%', height: '100%', objectFit: 'cover' }}
              data-testid="scanner-video"
            />
            {starting ? (
              <Typography.Text style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', color: '#fff' }}>
                {t('field.scanner.starting')}
              </Typography.Text>
            ) : null}
          </div>
        )}
        <label>
          <Button
            block
            size="large"
            icon={<PictureOutlined />}
            onClick={(e) => (e.currentTarget.nextElementSibling as HTMLInputElement | null)?.click()}
          >
            {t('field.scanner.fromPhoto')}
          </Button>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            style={{ display: 'none' }}
            onChange={(e) => void fromPhoto(e.target.files?.[0])}
            data-testid="scanner-photo-input"
          />
        </label>
        {photoError ? (
          <Typography.Text type="danger" role="alert" data-testid="scanner-error">
            {photoError}
          </Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}
