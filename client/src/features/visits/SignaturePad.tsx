import type { MinutesSignatureKind } from '@kycuong/rules';
import { type PointerEvent, useRef, useState } from 'react';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { sha256Hex } from '../../offline/file-upload';
import { Button } from '../../ui/Button';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

/** Drawing resolution; the canvas is stretched to the card width by CSS. */
const WIDTH = 600;
const HEIGHT = 240;

interface SignaturePadProps {
  visit: FieldVisit;
  kind: MinutesSignatureKind;
  label: string;
  testId: string;
  editable: boolean;
}

/** One signature of the minutes, drawn with a finger and kept as a PNG. */
export function SignaturePad({ visit, kind, label, testId, editable }: SignaturePadProps) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const { state, run, setState } = useSave();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [inked, setInked] = useState(false);
  const saved = visit.attachments.filter((file) => file.kind === kind);
  const current = saved.at(-1);
  const [resigning, setResigning] = useState(false);
  const showPad = editable && (!current || resigning);

  function point(event: PointerEvent<HTMLCanvasElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * WIDTH,
      y: ((event.clientY - rect.top) / rect.height) * HEIGHT,
    };
  }

  function down(event: PointerEvent<HTMLCanvasElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = point(event);
    draw(last.current, last.current);
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    if (!last.current) return;
    const next = point(event);
    draw(last.current, next);
    last.current = next;
  }

  function draw(from: { x: number; y: number }, to: { x: number; y: number }) {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.strokeStyle = '#0b1f4d';
    context.lineWidth = 4;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x + 0.01, to.y);
    context.stroke();
    setInked(true);
  }

  function clear() {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    setInked(false);
  }

  function save() {
    const element = canvas.current;
    if (!element || !inked) {
      setState({ status: 'error', message: t('visits.signatureEmpty') });
      return;
    }
    run(async () => {
      const blob = await new Promise<Blob>((resolve, reject) =>
        element.toBlob((png) => (png ? resolve(png) : reject(new Error('UNREADABLE'))), 'image/png'),
      );
      const bytes = await blob.arrayBuffer();
      const fileId = crypto.randomUUID();
      // The server keeps only the newest signature of each kind: no removal of the old one is queued.
      await writes.write(
        'ATTACH_VISIT_FILE',
        { kind, fileId, attachmentId: crypto.randomUUID() },
        { blob: { fileId, bytes, mimeType: 'image/png', size: bytes.byteLength, sha256: await sha256Hex(bytes) } },
      );
      setResigning(false);
      setInked(false);
    });
  }

  return (
    <section className="card visit-signature stack" data-testid={`${testId}-section`} aria-label={label}>
      <h3 className="signature-title">{label}</h3>
      {current && !showPad && (
        <img className="signature-image" src={current.url} alt={t('visits.signatureAlt', { who: label })} />
      )}
      {!current && !editable && <p className="muted">{t('visits.noSignature')}</p>}
      {current && editable && !resigning && (
        <Button variant="secondary" onClick={() => setResigning(true)}>
          {t('visits.signAgain')}
        </Button>
      )}
      {showPad && (
        <>
          <p className="muted">{t('visits.signHere')}</p>
          <canvas
            ref={canvas}
            className="signature-canvas"
            width={WIDTH}
            height={HEIGHT}
            data-testid={testId}
            aria-label={label}
            onPointerDown={down}
            onPointerMove={move}
            onPointerUp={() => {
              last.current = null;
            }}
            onPointerCancel={() => {
              last.current = null;
            }}
          />
          <div className="row">
            <Button variant="secondary" onClick={clear}>
              {t('visits.clear')}
            </Button>
            <Button onClick={save} disabled={state.status === 'saving'}>
              {t('visits.saveSignature')}
            </Button>
            {current && (
              <Button variant="ghost" onClick={() => setResigning(false)}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </>
      )}
      <SaveStatus state={state} />
    </section>
  );
}
