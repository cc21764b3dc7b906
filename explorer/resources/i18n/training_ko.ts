<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>InsightsTabs</name>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="315"/>
        <source>Each layer&apos;s gradient norm per epoch appears here after the first epoch of a run.</source>
        <translation>각 층의 에포크별 기울기 노름은 학습의 첫 에포크가 끝나면 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="317"/>
        <location filename="../../ui/panels/insights_tabs.py" line="321"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="317"/>
        <location filename="../../ui/panels/insights_tabs.py" line="322"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="319"/>
        <source>Gradient norm of each layer (rows, input at the top) per epoch, log10 colour: dark = vanishing. Overlaid runs stand beside the selected one.</source>
        <translation>에포크별 각 층(행, 맨 위가 입력 쪽)의 기울기 노름, log10 색: 어두울수록 기울기가 사라지고 있습니다. 겹쳐 보기로 고른 학습은 선택한 학습 옆에 나란히 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="341"/>
        <source>Epoch {e}</source>
        <translation>에포크 {e}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="348"/>
        <source>Feature reuse is a DenseNet&apos;s: only a dense layer sees every earlier layer&apos;s maps. This run&apos;s network has no such connections.</source>
        <translation>특징 재사용은 DenseNet에만 있습니다. 밀집 층만이 앞선 모든 층의 특징 맵을 봅니다. 이 학습의 네트워크에는 그런 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="351"/>
        <source>The feature-reuse heatmap (Figure 5) of a DenseNet run appears here after each epoch; Play shows how it grows.</source>
        <translation>DenseNet 학습의 특징 재사용 히트맵(그림 5)이 에포크마다 여기에 나타납니다. 재생을 누르면 어떻게 자라는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="359"/>
        <source>classifier</source>
        <translation>분류기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="359"/>
        <source>transition {b}</source>
        <translation>전이 층 {b}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="360"/>
        <source>cls</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="360"/>
        <source>T{b}</source>
        <translation>T{b}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="361"/>
        <location filename="../../ui/panels/insights_tabs.py" line="362"/>
        <source>layer {i}</source>
        <translation>층 {i}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="362"/>
        <source>block input</source>
        <translation>블록 입력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="363"/>
        <source>Source layer (s)</source>
        <translation>출처 층 (s)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="363"/>
        <source>Target layer (ℓ)</source>
        <translation>대상 층 (ℓ)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="365"/>
        <source>in</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="366"/>
        <source>Mean |weight| each target layer gives to each source, normalised per target (Figure 5), after epoch {e} of {n}.</source>
        <translation>각 대상 층이 각 출처에 주는 평균 |가중치|, 대상마다 정규화(그림 5). 에포크 {n}개 중 {e}번째가 끝난 뒤입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="376"/>
        <location filename="../../ui/panels/insights_tabs.py" line="523"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="376"/>
        <location filename="../../ui/panels/insights_tabs.py" line="523"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="410"/>
        <source>The validation set&apos;s confusion matrix appears here after the first epoch.</source>
        <translation>검증 세트의 혼동 행렬은 첫 에포크가 끝나면 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="421"/>
        <source>→ {c}</source>
        <translation>→ {c}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="422"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="437"/>
        <source>Rows: true class, columns: predicted; {n} validation images.</source>
        <translation>행: 실제 클래스, 열: 예측한 클래스. 검증 이미지 {n}장.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="439"/>
        <source>Top-1 {a:.1f}%</source>
        <translation>Top-1 {a:.1f}%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="441"/>
        <source>top-5 {a:.1f}%</source>
        <translation>top-5 {a:.1f}%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="448"/>
        <source>{v:.1f} MB</source>
        <translation>{v:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="451"/>
        <source>Peak memory: not measured; the ledger estimates {est}.</source>
        <translation>최대 메모리: 측정하지 못했습니다. 층별 채널 표의 추정치는 {est}입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="454"/>
        <source>Peak GPU memory {peak}; the ledger estimates {est}.</source>
        <translation>최대 GPU 메모리 {peak}, 층별 채널 표의 추정치는 {est}입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="457"/>
        <source>Peak process memory {peak} ({added} more than before training); the ledger estimates {est} for a training step.</source>
        <translation>최대 프로세스 메모리 {peak}(학습 전보다 {added} 더 씀). 층별 채널 표는 학습 한 스텝에 {est}로 추정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="465"/>
        <source>The misclassified validation images of the last epoch appear here; click one to see its Grad-CAM.</source>
        <translation>마지막 에포크에서 잘못 분류된 검증 이미지가 여기에 나타납니다. 하나를 클릭하면 Grad-CAM을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="470"/>
        <source>{n} of {total} validation images misclassified after epoch {e} (true → predicted); click one for its Grad-CAM.</source>
        <translation>에포크 {e} 뒤 검증 이미지 {total}장 중 {n}장을 잘못 분류했습니다(실제 → 예측). 하나를 클릭하면 Grad-CAM을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="473"/>
        <source>The first {k} are shown.</source>
        <translation>처음 {k}장만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="481"/>
        <source>Validation image {i}: true {t}, predicted {p}</source>
        <translation>검증 이미지 {i}: 실제 {t}, 예측 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="491"/>
        <source>Grad-CAM needs the run&apos;s checkpoint (written after an epoch).</source>
        <translation>Grad-CAM에는 이 학습의 체크포인트가 필요합니다(에포크가 끝나면 저장됩니다).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="494"/>
        <source>Computing Grad-CAM…</source>
        <translation>Grad-CAM 계산 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="509"/>
        <source>Grad-CAM for the predicted class {c} ({p:.0%})</source>
        <translation>예측한 클래스 {c}에 대한 Grad-CAM ({p:.0%})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="514"/>
        <source>Grad-CAM failed: {m}</source>
        <translation>Grad-CAM 실패: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="519"/>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="519"/>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="520"/>
        <source>Feature reuse</source>
        <translation>특징 재사용</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="520"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="521"/>
        <source>Misclassified</source>
        <translation>오분류</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="524"/>
        <source>Play the heatmap over the epochs (Space; ← → step)</source>
        <translation>에포크에 따라 히트맵을 재생합니다(Space, ← →로 한 단계씩)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="525"/>
        <source>&amp;Block:</source>
        <translation>블록(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/insights_tabs.py" line="526"/>
        <source>&amp;Epoch:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
</context>
<context>
    <name>RunFiles</name>
    <message>
        <location filename="../../ui/panels/training_files.py" line="37"/>
        <source>Export curves as CSV</source>
        <translation>곡선을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="44"/>
        <source>Curves written to {p}</source>
        <translation>곡선을 {p}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="48"/>
        <source>Export plots as PNG</source>
        <translation>그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="60"/>
        <source>Plots written to {p}</source>
        <translation>그래프를 {p}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="65"/>
        <source>This run has no checkpoint yet</source>
        <translation>이 실행에는 아직 체크포인트가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="67"/>
        <source>Save checkpoint</source>
        <translation>체크포인트 저장</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="67"/>
        <source>Checkpoint (*.pt)</source>
        <translation>체크포인트 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="76"/>
        <source>Checkpoint saved to {p}</source>
        <translation>체크포인트를 {p}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="90"/>
        <source>Load checkpoint</source>
        <translation>체크포인트 불러오기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_files.py" line="90"/>
        <source>Checkpoint (*.pt);;All files (*)</source>
        <translation>체크포인트 (*.pt);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>RunsColumn</name>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="58"/>
        <source>Tick runs to overlay their curves (dashed); select one to export, save or continue it</source>
        <translation>체크한 실행의 곡선을 점선으로 겹쳐 봅니다. 하나를 선택하면 내보내기, 저장, 이어서 학습을 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="60"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="61"/>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="62"/>
        <source>Save checkpoint…</source>
        <translation>체크포인트 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="63"/>
        <source>Load checkpoint…</source>
        <translation>체크포인트 불러오기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="64"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="98"/>
        <source>, val {acc:.3f}</source>
        <translation>, 검증 {acc:.3f}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="99"/>
        <source>{n} ep</source>
        <translation>{n}에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="103"/>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="103"/>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="103"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="104"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="104"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="104"/>
        <source>loaded</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="112"/>
        <source>grey</source>
        <translation>흑백</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="112"/>
        <source>colour</source>
        <translation>컬러</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="114"/>
        <source>{data}: {size}×{size} {grey} images, {classes} classes. {title} is built for {c}×{size}×{size} inputs and {classes} outputs.</source>
        <translation>{data}: {size}×{size} {grey} 이미지, 클래스 {classes}개. {title}은(는) {c}×{size}×{size} 입력과 출력 {classes}개로 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="119"/>
        <source>{title} for {c}×{size}×{size} inputs, {classes} classes</source>
        <translation>{title}: {c}×{size}×{size} 입력, 클래스 {classes}개</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="126"/>
        <source>{macs} multiply-adds per image; measuring this device&apos;s speed…</source>
        <translation>이미지당 곱셈-누산 {macs}회. 이 장치의 속도를 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="129"/>
        <source>{macs} multiply-adds per image; measured {rate} multiply-adds/s in training</source>
        <translation>이미지당 곱셈-누산 {macs}회. 학습 중 측정된 속도 초당 {rate}회</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="133"/>
        <source>Estimated {t} per epoch, {total} for {e} epochs: 3 × {macs} multiply-adds × {n} training images ÷ {rate} multiply-adds/s measured on {dev}.</source>
        <translation>예상 시간: 에포크당 {t}, {e} 에포크에 {total}. 3 × 곱셈-누산 {macs}회 × 학습 이미지 {n}장 ÷ {dev}에서 측정한 초당 {rate}회.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_runs_column.py" line="139"/>
        <source>Could not measure the speed: {m}</source>
        <translation>속도를 측정하지 못했습니다: {m}</translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="19"/>
        <location filename="../../ui/panels/training_dialogs.py" line="45"/>
        <source>Training is running</source>
        <translation>학습 중입니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="20"/>
        <source>The network changed while a run is training the previous one. Stop the run (its checkpoint is kept), keep training the previous network, or undo the change?</source>
        <translation>이전 네트워크를 학습하는 도중에 네트워크가 바뀌었습니다. 학습을 중지할까요(체크포인트는 남습니다), 이전 네트워크로 계속 학습할까요, 아니면 변경을 되돌릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="23"/>
        <source>Stop the run</source>
        <translation>학습 중지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="24"/>
        <location filename="../../ui/panels/training_dialogs.py" line="53"/>
        <source>Keep training</source>
        <translation>계속 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="25"/>
        <source>Undo the change</source>
        <translation>변경 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="32"/>
        <source>A long run</source>
        <translation>오래 걸리는 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="33"/>
        <source>This run is estimated at {t} on {dev} ({e} epochs). Start it? Pause and Stop work at any time, between batches.</source>
        <translation>이 학습은 {dev}에서 약 {t} 걸릴 것으로 예상됩니다 ({e} 에포크). 시작할까요? 일시정지와 중지는 언제든 누를 수 있으며, 배치 사이에서 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="36"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="46"/>
        <source>Closing stops the run after the current batch and writes its checkpoint to {folder}. Keep that checkpoint to continue later?</source>
        <translation>창을 닫으면 현재 배치가 끝난 뒤 학습을 멈추고 체크포인트를 {folder}에 저장합니다. 나중에 이어서 학습할 수 있도록 체크포인트를 남겨 둘까요?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="49"/>
        <source>Stop and keep the checkpoint</source>
        <translation>멈추고 체크포인트 남기기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_dialogs.py" line="52"/>
        <source>Stop and delete this run</source>
        <translation>멈추고 이 실행 삭제</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../ui/panels/training_form.py" line="186"/>
        <source>Data and recipe (the paper&apos;s defaults)</source>
        <translation>데이터와 학습 설정 (논문의 기본값)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="187"/>
        <source>Small demo network</source>
        <translation>작은 데모 네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="188"/>
        <source>The network in the window</source>
        <translation>창에 있는 네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="189"/>
        <source>The demo is DenseNet-BC with 4-4-4 layers and k=12: on the digits it shows curves rising within a minute on a laptop CPU.</source>
        <translation>데모는 층 4-4-4, k=12인 DenseNet-BC입니다. digits 데이터에서는 노트북 CPU로도 1분 안에 곡선이 올라가는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="195"/>
        <source>image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="196"/>
        <source>digits (8x8 grey, shipped) and shapes (32x32 colour, generated) work offline; the others load from the data folder.</source>
        <translation>digits(8x8 흑백, 함께 제공)와 shapes(32x32 컬러, 생성)는 오프라인으로 동작합니다. 나머지는 데이터 폴더에서 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="198"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="198"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="199"/>
        <location filename="../../ui/panels/training_form.py" line="382"/>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="199"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="200"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="200"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="201"/>
        <source>Schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="201"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="201"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="203"/>
        <source>More settings</source>
        <translation>추가 설정</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="204"/>
        <source>Data folder, download, schedule, augmentation, device, memory-efficient mode, mixed precision, channels_last, seed</source>
        <translation>데이터 폴더, 다운로드, 스케줄, 데이터 증강, 장치, 메모리 효율 모드, 혼합 정밀도, channels_last 메모리 배치, 시드</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="206"/>
        <source>default data folder</source>
        <translation>기본 데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="207"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="208"/>
        <source>Download if missing (needs internet)</source>
        <translation>없으면 다운로드 (인터넷 필요)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="209"/>
        <source>step: ÷10 at 50% and 75%</source>
        <translation>계단식: 50%와 75%에서 ÷10</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="209"/>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="210"/>
        <source>constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="213"/>
        <source>Augment (pad 4, random crop, flip: the &quot;+&quot; columns)</source>
        <translation>데이터 증강 (4픽셀 패딩, 무작위 크롭, 좌우 반전: 표의 &quot;+&quot; 열)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="214"/>
        <source>Without augmentation the paper adds dropout 0.2 after each convolution but the first.</source>
        <translation>증강을 쓰지 않으면 논문은 첫 번째를 제외한 각 합성곱 뒤에 드롭아웃 0.2를 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="216"/>
        <source>Memory-efficient (recompute in backward)</source>
        <translation>메모리 절약 (역전파에서 재계산)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="247"/>
        <source>level here</source>
        <translation>이 기기에서 차이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="249"/>
        <source>{x}× faster here</source>
        <translation>이 기기에서 {x}배 빠름</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="250"/>
        <source>{x}× slower here</source>
        <translation>이 기기에서 {x}배 느림</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="255"/>
        <source>Mixed precision</source>
        <translation>혼합 정밀도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="256"/>
        <source>channels_last</source>
        <translation>channels_last 메모리 배치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="218"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="220"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="221"/>
        <source>Continue run</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="222"/>
        <source>Continue the selected run from its checkpoint (up to the epochs above)</source>
        <translation>선택한 실행을 체크포인트에서 이어서 학습합니다 (위의 에포크 수까지)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="257"/>
        <source>bfloat16 autocast (float16 with loss scaling on older CUDA devices). Off by default: its speed-up is measured on this device when the estimate is.</source>
        <translation>bfloat16 자동 형변환(오래된 CUDA 장치에서는 손실 스케일링을 쓰는 float16). 기본은 꺼짐: 예상 시간을 잴 때 이 기기에서의 속도 향상도 함께 측정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="259"/>
        <source>NHWC memory format, the fast layout of oneDNN and cuDNN convolutions; set from this device&apos;s measured probe until you tick it yourself.</source>
        <translation>NHWC 메모리 형식: oneDNN과 cuDNN 합성곱이 빠른 배치입니다. 직접 체크하기 전까지는 이 기기에서 측정한 프로브 결과에 따라 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="265"/>
        <source>(no fast {kind} here: not measured)</source>
        <translation>(이 기기에는 빠른 {kind} 연산이 없음: 측정 안 함)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="269"/>
        <source>Measured on a small probe network: median of {n} interleaved rounds, range {lo}–{hi}×.</source>
        <translation>작은 프로브 신경망에서 측정: 번갈아 잰 {n}회의 중앙값, 범위 {lo}–{hi}배.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="290"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="290"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="296"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="299"/>
        <source>Stopping after this batch…</source>
        <translation>이번 배치가 끝나면 중지합니다…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="302"/>
        <source>Loading the dataset…</source>
        <translation>데이터셋을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="305"/>
        <source>Downloading: {d} of {t}</source>
        <translation>다운로드 중: {t} 중 {d}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="312"/>
        <source>epoch {e}/{E} · batch {b}/{B} · {speed} img/s · ETA {eta}{paused}</source>
        <translation>에포크 {e}/{E} · 배치 {b}/{B} · 초당 {speed}장 · 남은 시간 {eta}{paused}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="314"/>
        <source> (paused)</source>
        <translation> (일시정지됨)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="319"/>
        <source>Training finished: {m}</source>
        <translation>학습 완료: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="319"/>
        <source>Training stopped: {m}</source>
        <translation>학습 중지: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="320"/>
        <source>Training diverged: {m}</source>
        <translation>학습 발산: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="320"/>
        <source>Training failed: {m}</source>
        <translation>학습 실패: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_form.py" line="322"/>
        <source>(checkpoint: {p})</source>
        <translation>(체크포인트: {p})</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="49"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="243"/>
        <source>Training not started: estimated {t}</source>
        <translation>학습을 시작하지 않았습니다: 예상 시간 {t}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="307"/>
        <source>Training resumed</source>
        <translation>학습을 재개했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="310"/>
        <source>Training paused (between batches)</source>
        <translation>학습을 일시정지했습니다 (배치 사이에서)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="435"/>
        <source>Loaded {p}: {n} epochs</source>
        <translation>{p}을(를) 불러왔습니다: {n} 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_jobs.py" line="47"/>
        <source>stopped while downloading the dataset</source>
        <translation>데이터셋을 내려받는 중에 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="92"/>
        <source>Training loss per batch</source>
        <translation>배치별 학습 손실</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="93"/>
        <source>Accuracy per epoch</source>
        <translation>에포크별 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="94"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="94"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="95"/>
        <source>Images per second</source>
        <translation>초당 이미지 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="97"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="98"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="98"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="99"/>
        <source>per batch</source>
        <translation>배치별</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_plots.py" line="99"/>
        <source>smoothed</source>
        <translation>평활화</translation>
    </message>
</context>
</TS>
