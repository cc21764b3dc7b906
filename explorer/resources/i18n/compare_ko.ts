<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BudgetBar</name>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="54"/>
        <source>parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="54"/>
        <source>multiply-adds</source>
        <translation>곱셈-누산(MAC)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="61"/>
        <source>Each family sized to the current network&apos;s {target} {what}; the table gives the chosen size and the mismatch (its tooltip says how the size was chosen).</source>
        <translation>각 계열의 크기를 현재 네트워크의 {what} {target}에 맞췄습니다. 표에 선택된 크기와 차이가 있습니다(툴팁에 크기를 고른 방법이 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="64"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="71"/>
        <source>Trained on {dataset}: each family sized again to the current network fitted to its images ({size}x{size}, {channels} channels, {classes} classes), at {target} {what}.</source>
        <translation>{dataset}(으)로 학습: 각 계열의 크기를 이 데이터의 이미지({size}x{size}, 채널 {channels}개, 클래스 {classes}개)에 맞춘 현재 네트워크의 {what} {target}에 다시 맞췄습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="77"/>
        <source>Compare at the same budget</source>
        <translation>같은 예산으로 비교</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="79"/>
        <source>Size a plain network, a ResNet, a pre-activation ResNet, a Wide ResNet and a FractalNet to the current network&apos;s parameters or multiply-adds (their depth and width searched over valid networks, from the ledger alone), and compare them with it. Off: the networks picked above.</source>
        <translation>플레인 네트워크, ResNet, 사전 활성화 ResNet, 와이드 ResNet, FractalNet의 크기를 현재 네트워크의 파라미터 수 또는 곱셈-누산(MAC)에 맞추고(층별 채널 표만으로 유효한 네트워크 중에서 깊이와 너비를 찾습니다) 현재 네트워크와 나란히 비교합니다. 끄면 위에서 고른 네트워크를 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="82"/>
        <source>by parameters</source>
        <translation>파라미터 수 기준</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="83"/>
        <source>by multiply-adds</source>
        <translation>곱셈-누산(MAC) 기준</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_budget.py" line="84"/>
        <source>What the budget counts: the networks&apos; parameters, or their multiply-adds for one image</source>
        <translation>예산으로 세는 것: 네트워크의 파라미터 수, 또는 이미지 한 장의 곱셈-누산(MAC)</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="47"/>
        <source>Mismatch in parameters</source>
        <translation>파라미터 수 차이</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="47"/>
        <source>Mismatch in multiply-adds</source>
        <translation>곱셈-누산(MAC) 차이</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="49"/>
        <source>Chosen size</source>
        <translation>선택된 크기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="54"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="54"/>
        <source>Family</source>
        <translation>계열</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="54"/>
        <source>Depth L</source>
        <translation>깊이 L</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="55"/>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="55"/>
        <source>Parameters in the paper&apos;s table</source>
        <translation>논문 표의 파라미터 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="56"/>
        <source>Multiply-adds per image</source>
        <translation>이미지당 곱셈-누산(MAC)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="56"/>
        <source>Parameter memory</source>
        <translation>파라미터 메모리</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="57"/>
        <source>Training activations (batch 64)</source>
        <translation>학습 활성값 메모리 (배치 64)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="58"/>
        <source>Connections in blocks</source>
        <translation>블록 내 연결 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="58"/>
        <source>Connection pattern</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="59"/>
        <source>Paper&apos;s error C10+</source>
        <translation>논문의 오류율 C10+</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="59"/>
        <source>Paper&apos;s error C100+</source>
        <translation>논문의 오류율 C100+</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="104"/>
        <source>the budget: {value}</source>
        <translation>예산: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="117"/>
        <source> (differs)</source>
        <translation> (불일치)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="127"/>
        <source>chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="127"/>
        <source>residual sum</source>
        <translation>잔차 합</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="128"/>
        <source>dense concatenation</source>
        <translation>밀집 연결(이어 붙이기)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="128"/>
        <source>fractal (mean joins)</source>
        <translation>프랙탈 (평균 결합)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="137"/>
        <source>The current network: every other column is sized to its figure.</source>
        <translation>현재 네트워크: 다른 모든 열의 크기를 이 값에 맞췄습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="138"/>
        <source>{value} against {target}. {note}</source>
        <translation>목표 {target} 대비 {value}. {note}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="143"/>
        <source>Links that carry a feature map into a layer H_l or a join, inside the blocks: L for a chain, 2L for residual units, L(L+1)/2 for a dense block.</source>
        <translation>블록 안에서 특징 맵을 층 H_l 또는 결합으로 전달하는 연결의 수: 체인은 L, 잔차 유닛은 2L, 밀집 블록은 L(L+1)/2.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_table.py" line="146"/>
        <source>What autograd keeps for the backward pass of one training step (float32).</source>
        <translation>학습 한 스텝의 역전파를 위해 autograd가 저장하는 값 (float32).</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="63"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="166"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="168"/>
        <location filename="../../ui/panels/compare_table.py" line="24"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="171"/>
        <source>A network to compare: a preset or the current network</source>
        <translation>비교할 네트워크: 프리셋 또는 현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="174"/>
        <source>On the paper&apos;s plot</source>
        <translation>논문 그래프에서</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="175"/>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="176"/>
        <source>Each network&apos;s gradient norm per layer and epoch in the last run trained together, side by side</source>
        <translation>마지막으로 함께 학습한 실행에서 네트워크마다 층별·에포크별 기울기 노름을 나란히 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="213"/>
        <source>Sizing each family to the current network…</source>
        <translation>각 계열의 크기를 현재 네트워크에 맞추는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="225"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="284"/>
        <location filename="../../ui/panels/compare_view.py" line="298"/>
        <source>Not started: {message}</source>
        <translation>시작하지 않음: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="289"/>
        <source>Checking memory and this computer&apos;s speed…</source>
        <translation>메모리와 이 컴퓨터의 속도를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="315"/>
        <source>Not started: the run was estimated at about {m} minutes.</source>
        <translation>시작하지 않음: 예상 학습 시간이 약 {m}분이었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="322"/>
        <source>A long run</source>
        <translation>오래 걸리는 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="323"/>
        <source>Training these networks together is estimated to take about {m} minutes on this computer (their multiply-adds from the ledger at a speed measured once on a small probe network). Start it?</source>
        <translation>이 네트워크들을 함께 학습하면 이 컴퓨터에서 약 {m}분이 걸릴 것으로 예상됩니다 (층별 채널 표의 곱셈-누산 수와, 작은 측정용 네트워크로 한 번 잰 속도로 추정). 시작할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="326"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="327"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="345"/>
        <source>Training {n} networks one after another (about {t} estimated)…</source>
        <translation>네트워크 {n}개를 차례로 학습하는 중 (예상 약 {t})…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="359"/>
        <source>Not started: stopped while memory and speed were checked.</source>
        <translation>시작하지 않음: 메모리와 속도를 확인하는 중에 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="366"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_view.py" line="401"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
</context>
<context>
    <name>GradientsBox</name>
    <message>
        <location filename="../../ui/panels/compare_gradients.py" line="72"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_gradients.py" line="72"/>
        <source>Layer (input at the top)</source>
        <translation>층 (입력이 위)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_gradients.py" line="74"/>
        <source>Train the networks together: each one&apos;s gradient norms per layer and epoch appear here side by side.</source>
        <translation>네트워크를 함께 학습하면 네트워크마다 층별·에포크별 기울기 노름이 여기에 나란히 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_gradients.py" line="78"/>
        <source>log10 of each conv/linear layer&apos;s gradient norm (RMS over sampled batches), one row per layer, one column per epoch, one colour scale for all: in a deep plain network the layers near the input get far smaller gradients than near the output; dense connections give every layer a short path to the loss.</source>
        <translation>각 합성곱/선형 층의 기울기 노름(샘플링한 배치들의 제곱평균제곱근)의 log10: 층마다 한 행, 에포크마다 한 열, 모두 같은 색 눈금입니다. 깊은 플레인 네트워크에서는 입력 가까운 층의 기울기가 출력 가까운 층보다 훨씬 작습니다. 밀집 연결은 모든 층에 손실까지의 짧은 경로를 줍니다.</translation>
    </message>
</context>
<context>
    <name>JointTrainingBox</name>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="87"/>
        <source>, validation accuracy {acc:.1%}</source>
        <translation>, 검증 정확도 {acc:.1%}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="88"/>
        <source>{name}: epoch {epoch}/{epochs}, batch {batch}/{batches}{acc} · run: batch {done}/{total}, {spb:.2f} s per batch, ETA {eta}</source>
        <translation>{name}: 에포크 {epoch}/{epochs}, 배치 {batch}/{batches}{acc} · 전체: 배치 {done}/{total}, 배치당 {spb:.2f}초, 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="98"/>
        <source>{name}: {acc:.1%} after epoch {epoch}</source>
        <translation>{name}: 에포크 {epoch} 후 {acc:.1%}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="101"/>
        <source>{name}: not started, no epoch</source>
        <translation>{name}: 시작하지 않음, 완료한 에포크 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="102"/>
        <source>{name}: no epoch finished</source>
        <translation>{name}: 완료한 에포크 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="108"/>
        <source>Stopped. Last validation accuracy: {summary}</source>
        <translation>중지됨. 마지막 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="110"/>
        <source>Done, some diverged. Final validation accuracy: {summary}</source>
        <translation>완료 (일부 발산). 최종 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="112"/>
        <source>Done. Final validation accuracy: {summary}</source>
        <translation>완료. 최종 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="116"/>
        <source>Train these together</source>
        <translation>함께 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="117"/>
        <source>Offline data shipped with the app; each network is fitted to it (input channels, size, classes)</source>
        <translation>앱에 포함된 오프라인 데이터. 각 네트워크를 이 데이터에 맞춥니다 (입력 채널, 크기, 클래스 수)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="119"/>
        <source>epochs </source>
        <translation>에포크 </translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="120"/>
        <source>all batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="121"/>
        <source>batches/epoch </source>
        <translation>에포크당 배치 </translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="122"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="123"/>
        <source>Train these together on the same data</source>
        <translation>같은 데이터로 함께 학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="124"/>
        <source>One after another, with the same data, seed, epochs and recipe</source>
        <translation>같은 데이터, 시드, 에포크, 학습 설정으로 하나씩 차례로 학습합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="125"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="126"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_training.py" line="127"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
</context>
<context>
    <name>PaperPlacement</name>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="170"/>
        <source>{method}: {params:g}M parameters, {error:.2f}% error</source>
        <translation>{method}: 파라미터 {params:g}M, 오류율 {error:.2f}%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="192"/>
        <source>{name} (no error in the table)</source>
        <translation>{name} (표에 오류율 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="222"/>
        <source>Where each sits on the paper&apos;s parameters-vs-error plot</source>
        <translation>논문의 파라미터 수 대 오류율 그래프에서의 위치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="227"/>
        <source>Parameters (millions)</source>
        <translation>파라미터 수 (백만)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="228"/>
        <source>Test error (%)</source>
        <translation>테스트 오류율 (%)</translation>
    </message>
</context>
<context>
    <name>PatternBox</name>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="120"/>
        <source>Connection patterns for a block of the same depth</source>
        <translation>같은 깊이의 블록에서 본 연결 방식</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="121"/>
        <source>layers L = </source>
        <translation>층 수 L = </translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="122"/>
        <source>Depth of the small block drawn in each pattern</source>
        <translation>각 연결 방식에 그릴 작은 블록의 깊이</translation>
    </message>
</context>
<context>
    <name>PatternView</name>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="44"/>
        <source>Plain chain: x_l = H_l(x_l−1)</source>
        <translation>일반 체인: x_l = H_l(x_l−1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="45"/>
        <source>ResNet: x_l = H_l(x_l−1) + x_l−1</source>
        <translation>ResNet: x_l = H_l(x_l−1) + x_l−1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="46"/>
        <source>DenseNet: x_l = H_l([x_0, …, x_l−1])</source>
        <translation>DenseNet: x_l = H_l([x_0, …, x_l−1])</translation>
    </message>
    <message>
        <location filename="../../ui/panels/compare_plots.py" line="61"/>
        <source>{label} — {n} connections</source>
        <translation>{label} — 연결 {n}개</translation>
    </message>
</context>
</TS>
